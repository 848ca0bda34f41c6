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

// A zlib stream (zlib.createGzip() and friends) works as node's does: each
// chunk written is compressed or decompressed as it comes, the output of
// one chunk comes out before the next chunk goes in, and the compressor's
// state carries over from chunk to chunk. zlibCoder is that state for one
// stream; the JavaScript side (lib/zlib.js) cuts the output into 16 KiB
// pool jobs.
type zlibCoder interface {
	// feed puts chunk through the coder and returns the output it made,
	// which a failure does not take back; flush has a compressor put out
	// everything it holds (a sync flush); finish ends the stream (a
	// compressor writes its last block and trailer, a decompressor checks
	// that its input was complete).
	feed(chunk []byte, flush, finish bool) ([]byte, error)
	// stop releases the coder early (the stream was destroyed).
	stop()
}

// compressor drives one of Go's writers: they are push-based, like zlib.
type compressor struct {
	out bytes.Buffer
	w   interface {
		io.WriteCloser
		Flush() error
	}
}

func newCompressor(op string, level int) *compressor {
	c := &compressor{}
	switch op {
	case "gzip":
		w, _ := gzip.NewWriterLevel(&c.out, level)
		w.OS = 3 // node's zlib marks gzip streams as made on Unix
		c.w = w
	case "deflate":
		c.w, _ = zlib.NewWriterLevel(&c.out, level)
	default: // deflateRaw
		c.w, _ = flate.NewWriter(&c.out, level)
	}
	return c
}

func (c *compressor) feed(chunk []byte, flush, finish bool) ([]byte, error) {
	var err error
	if len(chunk) > 0 {
		_, err = c.w.Write(chunk)
	}
	switch {
	case err != nil:
	case finish:
		err = c.w.Close()
	case flush:
		err = c.w.Flush()
	}
	out := bytes.Clone(c.out.Bytes())
	c.out.Reset()
	return out, err
}

func (c *compressor) stop() {}

// decompressor drives one of Go's readers, which pull their input, from
// chunks that are pushed: the reader runs on its own goroutine and the two
// sides take turns. feed hands over a chunk and waits until the reader has
// used all of it (it asks for more) or has finished, so the goroutine never
// runs while JavaScript does and the output is the same on every run.
type decompressor struct {
	in   chan []byte   // the next chunk; closed at the end of the input
	need chan struct{} // the reader has used its input and wants more
	done chan error    // the reader has finished: nil, or why it failed
	out  bytes.Buffer  // written by the reader's goroutine during its turn only
	err  error         // once finished
	over bool
}

func newDecompressor(op string) *decompressor {
	d := &decompressor{in: make(chan []byte), need: make(chan struct{}), done: make(chan error, 1)}
	src := &chunkFeed{d: d}
	go func() {
		// Wait for the first chunk before the reader looks at its header.
		if !src.next() {
			d.done <- io.ErrUnexpectedEOF
			return
		}
		var r io.Reader
		var err error
		switch op {
		case "gunzip", "unzip":
			var zr *gzip.Reader
			if zr, err = gzip.NewReader(src); err == nil {
				r = zr
			}
		case "inflate":
			var zr io.ReadCloser
			if zr, err = zlib.NewReader(src); err == nil {
				r = zr
			}
		default: // inflateRaw
			r = flate.NewReader(src)
		}
		if err == nil {
			// Through a plain Writer: bytes.Buffer's ReadFrom would read
			// into the buffer while feed is taking its contents.
			_, err = io.Copy(plainWriter{&d.out}, r)
		}
		d.done <- err
	}()
	return d
}

func (d *decompressor) feed(chunk []byte, _, finish bool) ([]byte, error) {
	if !d.over && len(chunk) > 0 {
		d.in <- chunk
		d.wait()
	}
	if finish && !d.over {
		close(d.in)
		d.err, d.over = <-d.done, true
	}
	out := bytes.Clone(d.out.Bytes())
	d.out.Reset()
	return out, d.err
}

// wait lets the reader run until it wants more input or has finished.
func (d *decompressor) wait() {
	select {
	case <-d.need:
	case err := <-d.done:
		d.err, d.over = err, true
	}
}

func (d *decompressor) stop() {
	if !d.over {
		close(d.in)
		d.over = true
		<-d.done
	}
}

// plainWriter hides everything of a Writer but Write.
type plainWriter struct{ w io.Writer }

func (p plainWriter) Write(b []byte) (int, error) { return p.w.Write(b) }

// chunkFeed is the reader's side of a decompressor: it reads the current
// chunk, and when that is used up, asks for the next one and waits.
type chunkFeed struct {
	d   *decompressor
	cur []byte
}

func (f *chunkFeed) next() bool {
	c, ok := <-f.d.in
	f.cur = c
	return ok
}

func (f *chunkFeed) Read(p []byte) (int, error) {
	for len(f.cur) == 0 {
		f.d.need <- struct{}{}
		if !f.next() {
			return 0, io.EOF
		}
	}
	n := copy(p, f.cur)
	f.cur = f.cur[n:]
	return n, nil
}

// installZlibStreams adds internal.zlibStream(op, level, finishFlush) -> a
// coder with
// feed(chunk|null, finish, flush) -> [Buffer, costNs], or [Buffer, costNs,
// message, code, errno] when it failed (after making that output), and
// stop().
func (r *runner) installZlibStreams(in *goja.Object) {
	rt := r.rt
	_ = in.Set("zlibStream", func(op string, levelArg, finishFlush goja.Value) *goja.Object {
		level := 6
		if !goja.IsUndefined(levelArg) && !goja.IsNull(levelArg) {
			level = int(levelArg.ToInteger())
		}
		var coder zlibCoder
		inflating := false
		switch op {
		case "gzip", "deflate", "deflateRaw":
			coder = newCompressor(op, level)
		case "gunzip", "unzip", "inflate", "inflateRaw":
			coder, inflating = newDecompressor(op), true
		default:
			panic(rt.NewTypeError("unknown zlib operation " + op))
		}
		r.shared.zlibCoders = append(r.shared.zlibCoders, coder)
		o := rt.NewObject()
		_ = o.Set("feed", func(c goja.FunctionCall) goja.Value {
			var chunk []byte
			if arg := c.Argument(0); !goja.IsNull(arg) && !goja.IsUndefined(arg) {
				chunk, _ = r.bufferBytes(arg)
			}
			finish := c.Argument(1).ToBoolean()
			out, err := coder.feed(chunk, c.Argument(2).ToBoolean(), finish)
			// finishFlush other than Z_FINISH (4) lets a decompressing
			// stream end on a truncated input.
			if finish && inflating && errors.Is(err, io.ErrUnexpectedEOF) &&
				!goja.IsUndefined(finishFlush) && finishFlush.ToInteger() != 4 {
				err = nil
			}
			cost := costZlibBase
			if inflating {
				cost += sim.Time(len(out)) * costInflatePerByte
			} else {
				cost += sim.Time(len(chunk)) * costDeflatePerByte
			}
			if err != nil {
				msg, code, errno := zlibError(err, op)
				return rt.NewArray(r.newBuffer(out), int64(cost), msg, code, errno)
			}
			return rt.NewArray(r.newBuffer(out), int64(cost))
		})
		_ = o.Set("stop", func() { coder.stop() })
		return o
	})
}

// stopZlibCoders ends the reader goroutines of streams the program left
// open, when its run is over.
func (r *runner) stopZlibCoders() {
	for _, c := range r.shared.zlibCoders {
		c.stop()
	}
	r.shared.zlibCoders = nil
}
