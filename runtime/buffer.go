package runtime

// Node's Buffer. The API is JavaScript (lib/buffer.js, written from Node's
// documentation and from what node v20 does: its argument checks, error
// messages and 8 KiB allocation pool); the byte work is here in Go: the
// encodings (utf8, utf16le, latin1, ascii, base64, base64url, hex), search,
// fill, compare, copy, transcode. Go code elsewhere in
// the runtime (fs, crypto, zlib, streams) makes and reads buffers through
// newBuffer, bufferBytes and isBuffer.

import (
	"bytes"
	"encoding/base64"
	"encoding/hex"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/dop251/goja"
)

// Encodings, as lib/buffer.js numbers them (its codec ids).
const (
	encUTF8 = iota
	encUCS2
	encLatin1
	encASCII
	encBase64
	encBase64URL
	encHex
)

// bufferState is one run's Buffer machinery. It lives behind
// require('loopviz:internal').bufferState; the library is loaded on first use,
// as Node's global Buffer is a getter.
type bufferState struct {
	fast   goja.Constructor // FastBuffer, the class every Buffer is an instance of
	proto  *goja.Object     // Buffer.prototype (FastBuffer.prototype)
	pooled goja.Callable    // allocUnsafe's pool allocator: (size) -> Buffer
	taTag  goja.Callable    // the pristine %TypedArray%.prototype[Symbol.toStringTag] getter
	isView goja.Callable    // the pristine ArrayBuffer.isView

	global    goja.Value // what the program assigned to the global Buffer, if it did
	globalSet bool
}

var typeBytes = reflect.TypeOf([]byte(nil))

// installBuffer defines the global Buffer: an accessor, as in Node, that
// loads the buffer module on first use (most programs never touch it).
func (r *runner) installBuffer(global *goja.Object) {
	rt := r.rt
	st := &bufferState{}
	taProto := rt.Get("Uint8Array").ToObject(rt).Get("prototype").ToObject(rt).Prototype()
	getOPD, _ := goja.AssertFunction(rt.Get("Object").ToObject(rt).Get("getOwnPropertyDescriptor"))
	desc, err := getOPD(nil, taProto, goja.SymToStringTag)
	r.rethrow(err)
	st.taTag, _ = goja.AssertFunction(desc.ToObject(rt).Get("get"))
	st.isView, _ = goja.AssertFunction(rt.Get("ArrayBuffer").ToObject(rt).Get("isView"))
	_ = r.internal.Set("bufferState", st)

	get := r.fn("get", 0, func(goja.FunctionCall) goja.Value {
		if st.globalSet {
			return st.global
		}
		return r.builtin("buffer").ToObject(rt).Get("Buffer")
	})
	set := r.fn("set", 1, func(c goja.FunctionCall) goja.Value {
		st.global, st.globalSet = c.Argument(0), true
		return goja.Undefined()
	})
	_ = global.DefineAccessorProperty("Buffer", get, set, goja.FLAG_TRUE, goja.FLAG_FALSE)
}

// bufferModule loads the buffer module: lib/buffer.js over its Go binding.
func (r *runner) bufferModule() goja.Value {
	st := r.internal.Get("bufferState").Export().(*bufferState)
	_ = r.internal.Set("buffer", r.bufferBinding(st))
	return r.loadLib("buffer", "node:buffer")
}

// buffers returns the run's Buffer machinery, loading lib/buffer.js if need be.
func (r *runner) buffers() *bufferState {
	st := r.internal.Get("bufferState").Export().(*bufferState)
	if st.fast == nil {
		r.builtin("buffer")
	}
	return st
}

// newBuffer returns a new Buffer holding a copy of b. Like the buffers Node's
// C++ side makes (a hash digest, an async read), it has an ArrayBuffer of its
// own, outside the allocation pool.
func (r *runner) newBuffer(b []byte) goja.Value {
	return r.wrapBytes(bytes.Clone(b))
}

// newPooledBuffer returns a new Buffer holding a copy of b, allocated the way
// Buffer.allocUnsafe allocates: a small one is a slice of the shared 8 KiB
// pool (Node's readFileSync does this), so byteOffset and buffer match Node's.
func (r *runner) newPooledBuffer(b []byte) goja.Value {
	st := r.buffers()
	v, err := st.pooled(nil, r.rt.ToValue(len(b)))
	r.rethrow(err)
	dst, _ := r.bufferBytes(v)
	copy(dst, b)
	return v
}

// wrapBytes makes a Buffer over b itself, without copying.
func (r *runner) wrapBytes(b []byte) goja.Value {
	st := r.buffers()
	if b == nil {
		b = []byte{}
	}
	v, err := st.fast(nil, r.rt.ToValue(r.rt.NewArrayBuffer(b)))
	r.rethrow(err)
	return v
}

// bufferBytes returns the bytes of a Buffer, a Uint8Array (or any typed array
// or DataView: its bytes) or an ArrayBuffer, sharing their memory; ok is false
// for anything else.
func (r *runner) bufferBytes(v goja.Value) (b []byte, ok bool) {
	obj, isObj := v.(*goja.Object)
	if !isObj {
		return nil, false
	}
	switch obj.ExportType() {
	case typeBytes:
		// A Uint8Array, a Uint8ClampedArray, or a Go []byte handed to ToValue.
		if r.isTypedArray(obj) {
			return obj.Export().([]byte), true
		}
		return nil, false
	case reflect.TypeOf(goja.ArrayBuffer{}):
		ab := obj.Export().(goja.ArrayBuffer)
		return ab.Bytes(), true
	}
	st := r.internal.Get("bufferState").Export().(*bufferState)
	if res, err := st.isView(nil, obj); err != nil || !res.ToBoolean() {
		return nil, false
	}
	// goja exports any typed array or DataView to []byte as a view of its bytes.
	if err := r.rt.ExportTo(obj, &b); err != nil {
		return nil, false
	}
	return b, true
}

// isBuffer reports whether v is a Buffer (Buffer.isBuffer: Buffer.prototype is
// on its prototype chain).
func (r *runner) isBuffer(v goja.Value) bool {
	obj, ok := v.(*goja.Object)
	if !ok {
		return false
	}
	st := r.internal.Get("bufferState").Export().(*bufferState)
	if st.proto == nil {
		return false // no Buffer was ever made
	}
	for p := obj.Prototype(); p != nil; p = p.Prototype() {
		if p == st.proto {
			return true
		}
	}
	return false
}

// isTypedArray reports a typed array (a Buffer included), the way Node's
// util.types.isTypedArray does: by the internal slot the toStringTag getter reads.
func (r *runner) isTypedArray(obj *goja.Object) bool {
	st := r.internal.Get("bufferState").Export().(*bufferState)
	tag, err := st.taTag(obj)
	return err == nil && !goja.IsUndefined(tag)
}

// bufferBinding builds the object lib/buffer.js reaches Go through.
func (r *runner) bufferBinding(st *bufferState) *goja.Object {
	rt := r.rt
	b := rt.NewObject()
	def := func(name string, length int, f func(goja.FunctionCall) goja.Value) {
		_ = b.Set(name, r.fn(name, length, f))
	}
	bytesArg := func(v goja.Value) []byte {
		p, ok := r.bufferBytes(v)
		if !ok {
			panic(r.nativeError("TypeError", "ERR_INVALID_ARG_TYPE", "argument must be a buffer"))
		}
		return p
	}
	// setup(FastBuffer, Buffer.prototype, allocate): the class every Buffer
	// is made with, its prototype, and allocUnsafe's pool allocator.
	def("setup", 3, func(c goja.FunctionCall) goja.Value {
		st.fast, _ = goja.AssertConstructor(c.Argument(0))
		st.proto = c.Argument(1).ToObject(rt)
		st.pooled, _ = goja.AssertFunction(c.Argument(2))
		return goja.Undefined()
	})
	def("isUint8Array", 1, func(c goja.FunctionCall) goja.Value {
		obj, ok := c.Argument(0).(*goja.Object)
		if !ok || obj.ExportType() != typeBytes {
			return rt.ToValue(false)
		}
		tag, err := st.taTag(obj)
		return rt.ToValue(err == nil && tag.String() == "Uint8Array")
	})
	def("isTypedArray", 1, func(c goja.FunctionCall) goja.Value {
		obj, ok := c.Argument(0).(*goja.Object)
		return rt.ToValue(ok && r.isTypedArray(obj))
	})
	def("isAnyArrayBuffer", 1, func(c goja.FunctionCall) goja.Value {
		obj, ok := c.Argument(0).(*goja.Object)
		return rt.ToValue(ok && obj.ExportType() == reflect.TypeOf(goja.ArrayBuffer{}))
	})
	// received is how Node's argument errors describe a value ("type number
	// (5)", "an instance of Object"), for messages other than argTypeError's.
	def("received", 1, func(c goja.FunctionCall) goja.Value {
		return rt.ToValue(r.receivedDesc(c.Argument(0)))
	})
	def("byteLengthUtf8", 1, func(c goja.FunctionCall) goja.Value {
		return rt.ToValue(utf8Length(c.Argument(0)))
	})
	for _, m := range []struct {
		name string
		enc  int
	}{{"ascii", encASCII}, {"base64", encBase64}, {"base64url", encBase64URL}, {"latin1", encLatin1},
		{"hex", encHex}, {"ucs2", encUCS2}, {"utf8", encUTF8}} {
		enc := m.enc
		// Buffer.prototype carries these as they are (buf.hexSlice(0, 2)); in
		// node they report no declared parameters.
		def(m.name+"Slice", 0, func(c goja.FunctionCall) goja.Value {
			p := bytesArg(c.This)
			start, end := r.sliceRange(c.Argument(0), c.Argument(1), len(p))
			return r.decodeBytes(p[start:end], enc)
		})
		def(m.name+"Write", 0, func(c goja.FunctionCall) goja.Value {
			p := bytesArg(c.This)
			s := c.Argument(0)
			if _, ok := s.(goja.String); !ok {
				panic(r.nativeError("TypeError", "ERR_INVALID_ARG_TYPE", "argument must be a string"))
			}
			off := r.arrayIndex(c.Argument(1), 0)
			if off > len(p) {
				panic(r.nativeError("RangeError", "ERR_BUFFER_OUT_OF_BOUNDS", `"offset" is outside of buffer bounds`))
			}
			n := min(r.arrayIndex(c.Argument(2), len(p)-off), len(p)-off)
			return rt.ToValue(writeString(p[off:off+n], s, enc))
		})
	}
	def("compare", 2, func(c goja.FunctionCall) goja.Value {
		return rt.ToValue(bytes.Compare(bytesArg(c.Argument(0)), bytesArg(c.Argument(1))))
	})
	def("compareOffset", 6, func(c goja.FunctionCall) goja.Value {
		src, dst := bytesArg(c.Argument(0)), bytesArg(c.Argument(1))
		ts, ss := r.arrayIndex(c.Argument(2), 0), r.arrayIndex(c.Argument(3), 0)
		te, se := r.arrayIndex(c.Argument(4), len(dst)), r.arrayIndex(c.Argument(5), len(src))
		if ss > len(src) {
			panic(r.nativeError("RangeError", "ERR_OUT_OF_RANGE", `The value of "sourceStart" is out of range.`))
		}
		if ts > len(dst) {
			panic(r.nativeError("RangeError", "ERR_OUT_OF_RANGE", `The value of "targetStart" is out of range.`))
		}
		n := min(se-ss, te-ts, len(src)-ss)
		cmp := 0
		if n > 0 {
			cmp = bytes.Compare(src[ss:ss+n], dst[ts:ts+min(n, len(dst)-ts)])
		}
		if cmp == 0 {
			cmp = compareInts(se-ss, te-ts)
		}
		return rt.ToValue(cmp)
	})
	def("copy", 5, func(c goja.FunctionCall) goja.Value {
		src, dst := bytesArg(c.Argument(0)), bytesArg(c.Argument(1))
		ts, ss, n := int(c.Argument(2).ToInteger()), int(c.Argument(3).ToInteger()), int(c.Argument(4).ToInteger())
		copy(dst[ts:ts+n], src[ss:ss+n]) // memmove: overlapping views of one ArrayBuffer are fine
		return rt.ToValue(n)
	})
	def("fill", 5, func(c goja.FunctionCall) goja.Value {
		return rt.ToValue(r.fillBytes(bytesArg(c.Argument(0)), c.Argument(1), c.Argument(2), c.Argument(3), int(c.Argument(4).ToInteger())))
	})
	def("indexOfString", 5, func(c goja.FunctionCall) goja.Value {
		return rt.ToValue(indexOfString(bytesArg(c.Argument(0)), c.Argument(1), c.Argument(2).ToInteger(), int(c.Argument(3).ToInteger()), c.Argument(4).ToBoolean()))
	})
	def("indexOfBuffer", 5, func(c goja.FunctionCall) goja.Value {
		return rt.ToValue(indexOfBytes(bytesArg(c.Argument(0)), bytesArg(c.Argument(1)), c.Argument(2).ToInteger(), int(c.Argument(3).ToInteger()) == encUCS2, c.Argument(4).ToBoolean()))
	})
	def("indexOfNumber", 4, func(c goja.FunctionCall) goja.Value {
		needle := []byte{byte(c.Argument(1).ToInteger())}
		return rt.ToValue(indexOfBytes(bytesArg(c.Argument(0)), needle, c.Argument(2).ToInteger(), false, c.Argument(3).ToBoolean()))
	})
	for _, size := range []int{2, 4, 8} {
		def("swap"+strconv.Itoa(size*8), 1, func(c goja.FunctionCall) goja.Value {
			p := bytesArg(c.Argument(0))
			for i := 0; i+size <= len(p); i += size {
				for j := 0; j < size/2; j++ {
					p[i+j], p[i+size-1-j] = p[i+size-1-j], p[i+j]
				}
			}
			return c.Argument(0)
		})
	}
	def("toJSONData", 1, func(c goja.FunctionCall) goja.Value {
		p, ok := r.bufferBytes(c.Argument(0))
		if !ok {
			return goja.Undefined()
		}
		items := make([]any, len(p))
		for i, x := range p {
			items[i] = int64(x)
		}
		return rt.NewArray(items...)
	})
	def("mayHaveProperties", 1, func(c goja.FunctionCall) goja.Value {
		obj, ok := c.Argument(0).(*goja.Object)
		return rt.ToValue(!ok || mayHaveOwnProperties(obj))
	})
	def("isUtf8", 1, func(c goja.FunctionCall) goja.Value {
		return rt.ToValue(utf8.Valid(bytesArg(c.Argument(0))))
	})
	def("isAscii", 1, func(c goja.FunctionCall) goja.Value {
		return rt.ToValue(isASCII(bytesArg(c.Argument(0))))
	})
	def("transcode", 3, func(c goja.FunctionCall) goja.Value {
		out, errCode := transcode(bytesArg(c.Argument(0)), c.Argument(1).String(), c.Argument(2).String())
		if errCode != "" {
			return rt.ToValue(errCode)
		}
		return r.wrapBytes(out)
	})
	_ = b.Set("atob", rt.Get("atob"))
	_ = b.Set("btoa", rt.Get("btoa"))
	return b
}

// nativeError is an error thrown by Node's C++ side: the code is a property,
// not part of the stack's header as in errors thrown from Node's JavaScript.
func (r *runner) nativeError(kind, code, msg string) *goja.Object {
	e := r.newError(kind, msg)
	_ = e.Set("code", code)
	return e
}

func compareInts(a, b int) int {
	switch {
	case a > b:
		return 1
	case a < b:
		return -1
	}
	return 0
}

// arrayIndex is Node's ParseArrayIndex: undefined is def, a negative index is
// a RangeError.
func (r *runner) arrayIndex(v goja.Value, def int) int {
	if v == nil || goja.IsUndefined(v) {
		return def
	}
	n := v.ToInteger()
	if n < 0 {
		panic(r.nativeError("RangeError", "ERR_OUT_OF_RANGE", "Index out of range"))
	}
	return int(min(n, 1<<53))
}

// sliceRange is the start and end of the native xxxSlice(start, end) methods.
func (r *runner) sliceRange(s, e goja.Value, n int) (int, int) {
	start, end := r.arrayIndex(s, 0), r.arrayIndex(e, n)
	end = max(end, start)
	if end > n {
		panic(r.nativeError("RangeError", "ERR_OUT_OF_RANGE", "Index out of range"))
	}
	return start, end
}

// mayHaveOwnProperties reports whether a typed array may have own properties
// besides its indices. Listing its keys the public way makes a string for
// every index (milliseconds for a 64 KiB chunk), so it peeks at goja's
// property storage instead (read-only, by reflection); when that storage is
// not laid out as expected it answers true and the caller lists the keys.
func mayHaveOwnProperties(obj *goja.Object) bool {
	self := reflect.ValueOf(obj).Elem().FieldByName("self")
	if !self.IsValid() || self.Kind() != reflect.Interface || self.IsNil() {
		return true
	}
	impl := self.Elem()
	if impl.Kind() != reflect.Pointer || impl.Elem().Kind() != reflect.Struct {
		return true
	}
	base := impl.Elem().FieldByName("baseObject")
	if !base.IsValid() || base.Kind() != reflect.Struct {
		return true
	}
	values, syms := base.FieldByName("values"), base.FieldByName("symValues")
	if !values.IsValid() || values.Kind() != reflect.Map || !syms.IsValid() || syms.Kind() != reflect.Pointer {
		return true
	}
	if values.Len() > 0 {
		return true
	}
	if syms.IsNil() {
		return false
	}
	size := syms.Elem().FieldByName("size")
	return !size.IsValid() || size.Kind() != reflect.Int || size.Int() > 0
}

func isASCII[T string | []byte](s T) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// ---- strings in and out ----

// utf8Of is a string's UTF-8 text, lone surrogates becoming U+FFFD as V8's
// encoder makes them.
func utf8Of(v goja.Value) string { return v.String() }

// utf8Length is Buffer.byteLength(s, 'utf8').
func utf8Length(v goja.Value) int { return len(utf8Of(v)) }

// lowBytes is a string's UTF-16 code units cut to their low byte: what latin1
// and ascii write, and what Node's hex and base64 decoders read.
func lowBytes(v goja.Value) string {
	s, ok := v.(goja.String)
	if !ok {
		return v.String()
	}
	str := s.String()
	if isASCII(str) {
		return str
	}
	n := s.Length()
	b := make([]byte, n)
	for i := range n {
		b[i] = byte(s.CharAt(i))
	}
	return string(b)
}

// units is a string's UTF-16 code units.
func units(v goja.Value) []uint16 {
	s, ok := v.(goja.String)
	if !ok {
		return utf16.Encode([]rune(v.String()))
	}
	n := s.Length()
	u := make([]uint16, n)
	for i := range n {
		u[i] = s.CharAt(i)
	}
	return u
}

// ucs2Bytes is a string in UTF-16LE.
func ucs2Bytes(v goja.Value) []byte {
	u := units(v)
	p := make([]byte, 2*len(u))
	for i, c := range u {
		p[2*i], p[2*i+1] = byte(c), byte(c>>8)
	}
	return p
}

// writeString writes a string into p in an encoding, as Node's
// StringBytes::Write does: only whole characters (utf8) or code units (ucs2)
// that fit, hex up to the first pair that is not hex. It returns the bytes
// written.
func writeString(p []byte, v goja.Value, enc int) int {
	switch enc {
	case encUTF8:
		s := utf8Of(v)
		if len(s) <= len(p) {
			return copy(p, s)
		}
		n := len(p)
		for n > 0 && !utf8.RuneStart(s[n]) {
			n--
		}
		return copy(p, s[:n])
	case encUCS2:
		u := units(v)
		n := min(len(u), len(p)/2)
		for i, c := range u[:n] {
			p[2*i], p[2*i+1] = byte(c), byte(c>>8)
		}
		return 2 * n
	case encLatin1, encASCII:
		return copy(p, lowBytes(v))
	case encHex:
		s := lowBytes(v)
		i := 0
		for ; i < len(p) && 2*i+1 < len(s); i++ {
			a, b := unhex(s[2*i]), unhex(s[2*i+1])
			if a < 0 || b < 0 {
				break
			}
			p[i] = byte(a<<4 | b)
		}
		return i
	}
	return copy(p, decodeBase64(lowBytes(v), len(p)))
}

func unhex(c byte) int {
	switch {
	case '0' <= c && c <= '9':
		return int(c - '0')
	case 'a' <= c && c <= 'f':
		return int(c-'a') + 10
	case 'A' <= c && c <= 'F':
		return int(c-'A') + 10
	}
	return -1
}

// unbase64 maps both base64 alphabets to their values, anything else to -1:
// Node decodes base64 and base64url alike.
var unbase64 = func() (t [256]int8) {
	for i := range t {
		t[i] = -1
	}
	const std = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
	for i := range len(std) {
		t[std[i]] = int8(i)
	}
	t['-'], t['_'] = 62, 63
	return t
}()

// decodeBase64 decodes base64 or base64url leniently, as Node does: characters
// outside the alphabets (whitespace...) are skipped, decoding stops at the
// first '=', and a lone final character is dropped. limit caps the output
// (-1: none).
func decodeBase64(s string, limit int) []byte {
	out := make([]byte, 0, len(s)*3/4+1)
	var group [4]byte
	n := 0
	for i := 0; i < len(s); i++ {
		if limit >= 0 && len(out) >= limit {
			break
		}
		c := s[i]
		v := unbase64[c]
		if v < 0 {
			if c == '=' {
				break
			}
			continue
		}
		group[n] = byte(v)
		n++
		switch n {
		case 2:
			out = append(out, group[0]<<2|group[1]>>4)
		case 3:
			out = append(out, group[1]<<4|group[2]>>2)
		case 4:
			out = append(out, group[2]<<6|group[3])
			n = 0
		}
	}
	if limit >= 0 && len(out) > limit {
		out = out[:limit]
	}
	return out
}

// decodeBytes turns bytes into a string in an encoding (buf.toString).
func (r *runner) decodeBytes(p []byte, enc int) goja.Value {
	rt := r.rt
	switch enc {
	case encUTF8:
		return rt.ToValue(decodeUTF8(p))
	case encUCS2:
		u := make([]uint16, len(p)/2)
		for i := range u {
			u[i] = uint16(p[2*i]) | uint16(p[2*i+1])<<8
		}
		return goja.StringFromUTF16(u)
	case encLatin1:
		if isASCII(p) {
			return rt.ToValue(string(p))
		}
		u := make([]uint16, len(p))
		for i, c := range p {
			u[i] = uint16(c)
		}
		return goja.StringFromUTF16(u)
	case encASCII:
		b := make([]byte, len(p))
		for i, c := range p {
			b[i] = c & 0x7f
		}
		return rt.ToValue(string(b))
	case encBase64:
		return rt.ToValue(base64.StdEncoding.EncodeToString(p))
	case encBase64URL:
		return rt.ToValue(base64.RawURLEncoding.EncodeToString(p))
	}
	return rt.ToValue(hex.EncodeToString(p))
}

// decodeUTF8 decodes UTF-8 the way V8 does (the WHATWG decoder): each maximal
// invalid subsequence becomes one U+FFFD, so a truncated three-byte sequence
// is one replacement character, not one per byte as Go's decoder makes.
func decodeUTF8(p []byte) string {
	if utf8.Valid(p) {
		return string(p)
	}
	var sb strings.Builder
	sb.Grow(len(p) + 8)
	for i := 0; i < len(p); {
		c := p[i]
		if c < utf8.RuneSelf {
			sb.WriteByte(c)
			i++
			continue
		}
		need, lo, hi := 0, byte(0x80), byte(0xbf)
		switch {
		case 0xc2 <= c && c <= 0xdf:
			need = 1
		case c == 0xe0:
			need, lo = 2, 0xa0
		case c == 0xed:
			need, hi = 2, 0x9f
		case 0xe1 <= c && c <= 0xef:
			need = 2
		case c == 0xf0:
			need, lo = 3, 0x90
		case c == 0xf4:
			need, hi = 3, 0x8f
		case 0xf1 <= c && c <= 0xf3:
			need = 3
		default:
			sb.WriteRune(utf8.RuneError)
			i++
			continue
		}
		j := i + 1
		for k := 0; k < need && j < len(p); k++ {
			b := p[j]
			if k > 0 {
				lo, hi = 0x80, 0xbf
			}
			if b < lo || b > hi {
				break
			}
			j++
		}
		if j-i == need+1 {
			sb.Write(p[i:j])
		} else {
			sb.WriteRune(utf8.RuneError)
		}
		i = j
	}
	return sb.String()
}

// ---- fill and search ----

// fillBytes is Node's native fill for what is not a number: a buffer or a
// string (in an encoding) repeated over p[start:end], or anything else as a
// byte. It returns -1 when the value gives no bytes, -2 when the range is
// out of bounds, else 0.
func (r *runner) fillBytes(p []byte, val, startV, endV goja.Value, enc int) int {
	start, end := int(startV.ToInteger()), int(endV.ToInteger())
	if start > end || end > len(p) || start < 0 {
		return -2
	}
	dst := p[start:end]
	var pat []byte
	if b, ok := r.bufferBytes(val); ok && !isArrayBufferObject(val) {
		pat = b
	} else if _, ok := val.(goja.String); ok {
		switch enc {
		case encUTF8:
			pat = []byte(utf8Of(val))
		case encUCS2:
			pat = ucs2Bytes(val)
		default:
			pat = dst[:writeString(dst, val, enc)]
		}
	} else {
		n := uint32(val.ToInteger())
		for i := range dst {
			dst[i] = byte(n)
		}
		return 0
	}
	if len(dst) == 0 {
		return 0
	}
	if len(pat) == 0 {
		return -1
	}
	n := copy(dst, pat)
	for n < len(dst) {
		n += copy(dst[n:], dst[:n])
	}
	return 0
}

func isArrayBufferObject(v goja.Value) bool {
	obj, ok := v.(*goja.Object)
	return ok && obj.ExportType() == reflect.TypeOf(goja.ArrayBuffer{})
}

// indexOffset is Node's IndexOfOffset: where a search starts, or -1 for none.
func indexOffset(length, offset, needle int64, forward bool) int64 {
	if offset < 0 {
		switch {
		case offset+length >= 0:
			return length + offset
		case forward || needle == 0:
			return 0
		}
		return -1
	}
	switch {
	case offset+needle <= length:
		return offset
	case needle == 0:
		return length
	case forward:
		return -1
	}
	return length - 1
}

// indexOfString searches a buffer for a string in utf8, ucs2 or latin1 (lib
// turns the other encodings into a buffer first).
func indexOfString(hay []byte, needle goja.Value, offset int64, enc int, forward bool) int64 {
	var pat []byte
	switch enc {
	case encUCS2:
		// Node rounds the haystack down to whole code units here (but not
		// when the needle is a buffer).
		hay = hay[:len(hay)/2*2]
		pat = ucs2Bytes(needle)
	case encLatin1:
		pat = []byte(lowBytes(needle))
	default:
		pat = []byte(utf8Of(needle))
	}
	return indexOfBytes(hay, pat, offset, enc == encUCS2, forward)
}

// indexOfBytes is Node's IndexOfBuffer: the first match at or after offset
// (the last at or before it when searching backward). In ucs2 both are read
// as 16-bit units, so only even positions match.
func indexOfBytes(hay, needle []byte, offset int64, ucs2, forward bool) int64 {
	hl, nl := int64(len(hay)), int64(len(needle))
	off := indexOffset(hl, offset, nl, forward)
	if nl == 0 {
		return off
	}
	if hl == 0 || off <= -1 || (forward && nl+off > hl) || nl > hl {
		return -1
	}
	if ucs2 {
		if hl < 2 || nl < 2 {
			return -1
		}
		h, n := hay[:hl/2*2], needle[:nl/2*2]
		res := searchAligned(h, n, off/2*2, forward)
		if res < 0 {
			// Node multiplies its not-found result (the unit count) by two and
			// compares it with the byte length: an odd-length haystack reports
			// its last even position.
			if (hl/2)*2 != hl {
				return hl - 1
			}
			return -1
		}
		return res
	}
	if forward {
		i := bytes.Index(hay[off:], needle)
		if i < 0 {
			return -1
		}
		return off + int64(i)
	}
	return int64(bytes.LastIndex(hay[:min(off+nl, hl)], needle))
}

// searchAligned finds needle at an even position of hay, from start forward or
// backward.
func searchAligned(hay, needle []byte, start int64, forward bool) int64 {
	if forward {
		for i := start; i+int64(len(needle)) <= int64(len(hay)); {
			j := bytes.Index(hay[i:], needle)
			if j < 0 {
				return -1
			}
			if pos := i + int64(j); pos%2 == 0 {
				return pos
			} else {
				i = pos + 1
			}
		}
		return -1
	}
	end := min(start+int64(len(needle)), int64(len(hay)))
	for end >= int64(len(needle)) {
		j := int64(bytes.LastIndex(hay[:end], needle))
		if j < 0 {
			return -1
		}
		if j%2 == 0 {
			return j
		}
		end = j + int64(len(needle)) - 1
	}
	return -1
}

// ---- transcode ----

// transcode is buffer.transcode between the encodings Node's ICU build
// converts (utf8, utf16le, latin1, ascii): what the target cannot hold becomes
// '?'. errCode is ICU's error name when Node fails instead: an unsupported
// encoding, invalid UTF-8 going to UTF-16, a lone surrogate going to UTF-8.
func transcode(p []byte, from, to string) (out []byte, errCode string) {
	if !slices.Contains([]string{"utf8", "utf16le", "latin1", "ascii"}, to) {
		return nil, "U_ILLEGAL_ARGUMENT_ERROR"
	}
	var runes []rune // lone surrogates from utf16le stay as they are
	oddTail := false
	switch from {
	case "utf8":
		if to == "utf16le" && !utf8.Valid(p) {
			return nil, "U_INVALID_CHAR_FOUND"
		}
		runes = []rune(decodeUTF8(p))
	case "utf16le":
		oddTail = len(p)%2 == 1
		for i := 0; i+1 < len(p); i += 2 {
			c := rune(p[i]) | rune(p[i+1])<<8
			if utf16.IsSurrogate(c) && c < 0xdc00 && i+3 < len(p) {
				if d := rune(p[i+2]) | rune(p[i+3])<<8; 0xdc00 <= d && d < 0xe000 {
					runes = append(runes, utf16.DecodeRune(c, d))
					i += 2
					continue
				}
			}
			if utf16.IsSurrogate(c) && to == "utf8" {
				return nil, "U_INVALID_CHAR_FOUND"
			}
			runes = append(runes, c)
		}
	case "latin1", "ascii":
		runes = make([]rune, len(p))
		for i, c := range p {
			runes[i] = rune(c)
			// ICU's US-ASCII decoder substitutes bytes above 0x7f, except on
			// Node's path to UTF-16, which reads them as Latin-1.
			if from == "ascii" && c > 0x7f && to != "utf16le" {
				runes[i] = utf8.RuneError
			}
		}
	default:
		return nil, "U_ILLEGAL_ARGUMENT_ERROR"
	}
	switch to {
	case "utf8":
		return []byte(string(runes)), ""
	case "utf16le":
		out = make([]byte, 0, 2*len(runes)+2)
		for _, c := range runes {
			if c >= 0x10000 {
				hi, lo := utf16.EncodeRune(c)
				out = append(out, byte(hi), byte(hi>>8), byte(lo), byte(lo>>8))
			} else {
				out = append(out, byte(c), byte(c>>8))
			}
		}
		if oddTail {
			out = append(out, 0xfd, 0xff)
		}
		return out, ""
	}
	limit := rune(0xff)
	if to == "ascii" {
		limit = 0x7f
	}
	out = make([]byte, len(runes))
	for i, c := range runes {
		if c > limit {
			c = '?'
		}
		out[i] = byte(c)
	}
	return out, ""
}
