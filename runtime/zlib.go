package runtime

import (
	"bytes"
	"compress/flate"
	"compress/gzip"
	"compress/zlib"
	"errors"
	"io"

	"github.com/dop251/goja"
	"github.com/loopviz/loopviz/sim"
)

// zlib's computations in Go's compress packages. Decompression reads what
// node produced exactly; compressed bytes are valid deflate streams but not
// byte-identical to zlib's (Go's compressor chooses its blocks differently),
// so a program printing a compressed length may see another number.

// Costs: about 40 MB/s to compress at the default level, 300 MB/s to inflate.
const (
	costZlibBase       = 20 * sim.Microsecond
	costDeflatePerByte = 25 * sim.Nanosecond
	costInflatePerByte = 3 * sim.Nanosecond
)

// zlibErrors are node's for corrupt input, by the Go error.
func zlibError(err error, format string) (msg, code string, errno int) {
	switch {
	case errors.Is(err, gzip.ErrHeader), errors.Is(err, zlib.ErrHeader):
		return "incorrect header check", "Z_DATA_ERROR", -3
	case errors.Is(err, gzip.ErrChecksum), errors.Is(err, zlib.ErrChecksum):
		return "incorrect data check", "Z_DATA_ERROR", -3
	case errors.Is(err, io.ErrUnexpectedEOF):
		return "unexpected end of file", "Z_BUF_ERROR", -5
	}
	return "invalid stored block lengths", "Z_DATA_ERROR", -3
}

// installZlib adds internal.zlib(op, bytes, level, finishFlush) -> [Buffer,
// costNs] or [null, costNs, message, code, errno].
func (r *runner) installZlib(in *goja.Object) {
	rt := r.rt
	_ = in.Set("zlib", func(c goja.FunctionCall) goja.Value {
		op := c.Argument(0).String()
		data, ok := r.bufferBytes(c.Argument(1))
		if !ok {
			data = []byte(c.Argument(1).String())
		}
		level := int(c.Argument(2).ToInteger())
		if goja.IsUndefined(c.Argument(2)) {
			level = 6
		}
		var out bytes.Buffer
		var err error
		cost := costZlibBase
		switch op {
		case "gzip":
			w, _ := gzip.NewWriterLevel(&out, level)
			w.OS = 3 // node's zlib marks gzip streams as made on Unix
			_, _ = w.Write(data)
			err = w.Close()
			cost += sim.Time(len(data)) * costDeflatePerByte
		case "deflate":
			w, _ := zlib.NewWriterLevel(&out, level)
			_, _ = w.Write(data)
			err = w.Close()
			cost += sim.Time(len(data)) * costDeflatePerByte
		case "deflateRaw":
			w, _ := flate.NewWriter(&out, level)
			_, _ = w.Write(data)
			err = w.Close()
			cost += sim.Time(len(data)) * costDeflatePerByte
		case "gunzip", "unzip":
			var zr *gzip.Reader
			if zr, err = gzip.NewReader(bytes.NewReader(data)); err == nil {
				_, err = io.Copy(&out, zr)
			}
		case "inflate":
			var zr io.ReadCloser
			if zr, err = zlib.NewReader(bytes.NewReader(data)); err == nil {
				_, err = io.Copy(&out, zr)
			}
		case "inflateRaw":
			_, err = io.Copy(&out, flate.NewReader(bytes.NewReader(data)))
		}
		if op == "gunzip" || op == "unzip" || op == "inflate" || op == "inflateRaw" {
			cost += sim.Time(out.Len()) * costInflatePerByte
			// finishFlush other than Z_FINISH (4) accepts a truncated
			// input: what it decodes to is the result.
			if ff := c.Argument(3); !goja.IsUndefined(ff) && ff.ToInteger() != 4 && errors.Is(err, io.ErrUnexpectedEOF) {
				err = nil
			}
		}
		if err != nil {
			msg, code, errno := zlibError(err, op)
			return rt.NewArray(goja.Null(), int64(cost), msg, code, errno)
		}
		return rt.NewArray(r.newBuffer(out.Bytes()), int64(cost))
	})
}
