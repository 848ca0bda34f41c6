package runtime

import (
	"encoding/base64"
	"fmt"
	"strings"
	"unicode"

	"github.com/dop251/goja"
	"github.com/loopviz/loopviz/runtime/inspect"
	"github.com/loopviz/loopviz/sim"
)

// installGlobals puts Node's globals on the global object.
func (r *runner) installGlobals() {
	rt := r.rt
	global := rt.GlobalObject()
	_ = global.DefineDataProperty("global", global, goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	r.builtins = map[string]goja.Value{}
	r.installInternal()
	r.installConsole()
	r.timers = r.newTimerAPI()
	r.timerFns = r.timers.install(global)
	r.installProcess()
	_ = r.internal.Set("process", r.process)
	_ = global.DefineDataProperty("process", r.process, goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	r.loadLib("process", "node:internal/process/warning")

	_ = global.DefineDataProperty("queueMicrotask", r.fn("queueMicrotask", 1, r.queueMicrotask), goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_TRUE)

	r.installLazyGlobals(global)

	g := r.loadLib("globals", "node:internal/globals").(*goja.Object)
	_ = global.DefineDataProperty("structuredClone", g.Get("structuredClone"), goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_TRUE)
	web := r.loadLib("web", "node:internal/web").(*goja.Object)
	_ = r.internal.Set("AbortError", web.Get("AbortError"))
	for _, name := range []string{"DOMException", "Event", "EventTarget", "CustomEvent", "AbortSignal", "AbortController",
		"TextEncoder", "TextDecoder", "atob", "btoa", "WeakRef", "FinalizationRegistry"} {
		_ = global.DefineDataProperty(name, web.Get(name), goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	}
	r.installBuffer(global)
}

// queueMicrotask queues a callback as a microtask. Like Node's, it catches an
// exception the callback throws and reports it as uncaught in place, so the
// microtask queue goes on.
func (r *runner) queueMicrotask(c goja.FunctionCall) goja.Value {
	cbv := c.Argument(0)
	cb := r.requireCallback(cbv)
	id := r.loop.NewEntry(sim.Entry{Kind: sim.EntryMicrotask, Label: r.label("queueMicrotask", cbv),
		Origin: "queueMicrotask", Func: r.funcName(cbv)})
	r.loop.QueueMicrotask(sim.Task{Entry: id, Fn: func() error {
		err := r.call(cb, goja.Undefined())
		if th, ok := err.(*sim.Thrown); ok {
			return r.loop.ReportException(th.Value)
		}
		return err
	}}, "queueMicrotask puts the callback straight on the microtask queue, behind the jobs already there.")
	return goja.Undefined()
}

// installInternal builds the object loopviz's library modules reach the Go
// side through (require('loopviz:internal')).
func (r *runner) installInternal() {
	rt := r.rt
	in := rt.NewObject()
	r.internal = in
	_ = in.Set("inspect", r.insp.InspectFunction())
	_ = in.Set("format", func(c goja.FunctionCall) goja.Value {
		return rt.ToValue(r.insp.Format(c.Arguments, inspect.DefaultOptions()))
	})
	_ = in.Set("formatWithOptions", func(c goja.FunctionCall) goja.Value {
		opts := r.insp.ParseOptions(c.Argument(0), inspect.DefaultOptions())
		return rt.ToValue(r.insp.Format(c.Arguments[min(1, len(c.Arguments)):], opts))
	})
	_ = in.Set("nodeError", func(c goja.FunctionCall) goja.Value {
		return r.nodeError(c.Argument(0).String(), c.Argument(1).String(), c.Argument(2).String())
	})
	_ = in.Set("argTypeError", func(c goja.FunctionCall) goja.Value {
		return r.nodeError("TypeError", "ERR_INVALID_ARG_TYPE", fmt.Sprintf("The %q argument must be of type %s. Received %s",
			c.Argument(0).String(), c.Argument(1).String(), r.receivedDesc(c.Argument(2))))
	})
	_ = in.Set("rangeError", func(c goja.FunctionCall) goja.Value {
		return r.nodeError("RangeError", c.Argument(0).String(), c.Argument(1).String())
	})
	_ = in.Set("writeStderr", func(c goja.FunctionCall) goja.Value {
		r.write(sim.Stderr, c.Argument(0).String())
		return goja.Undefined()
	})
	_ = in.Set("isPromise", func(c goja.FunctionCall) goja.Value { return rt.ToValue(r.promiseOf(c.Argument(0)) != nil) })
	_ = in.Set("functionKind", func(c goja.FunctionCall) goja.Value {
		return rt.ToValue(r.functionKind(c.Argument(0)))
	})
	_ = in.Set("isProxy", func(c goja.FunctionCall) goja.Value {
		obj, ok := c.Argument(0).(*goja.Object)
		if !ok {
			return rt.ToValue(false)
		}
		_, isProxy := obj.Export().(goja.Proxy)
		return rt.ToValue(isProxy)
	})
	_ = in.Set("customPromisifyArgs", goja.NewSymbol("customPromisifyArgs"))
	_ = in.Set("callSource", func(goja.FunctionCall) goja.Value {
		// The source of the call being made from user code, as node's
		// assert prints it: "assert(x > 1)".
		frames := r.userFrames(0)
		if len(frames) == 0 {
			return goja.Undefined()
		}
		f := frames[0]
		return rt.ToValue(callText(r.sourceLine(f.file, f.line), f.col))
	})
	_ = in.Set("utf8Encode", func(c goja.FunctionCall) goja.Value {
		b := []byte(c.Argument(0).String())
		ctor, _ := goja.AssertConstructor(rt.Get("Uint8Array"))
		arr, err := ctor(nil, rt.ToValue(rt.NewArrayBuffer(b)))
		r.rethrow(err)
		return arr
	})
	_ = in.Set("utf8Decode", func(c goja.FunctionCall) goja.Value {
		return rt.ToValue(validUTF8(r.bytesOf(c.Argument(0))))
	})
	_ = in.Set("base64Encode", func(c goja.FunctionCall) goja.Value {
		s := c.Argument(0).String()
		b := make([]byte, 0, len(s))
		for _, ch := range s {
			b = append(b, byte(ch))
		}
		return rt.ToValue(base64.StdEncoding.EncodeToString(b))
	})
	_ = in.Set("base64Decode", func(c goja.FunctionCall) goja.Value {
		s := strings.Map(func(ch rune) rune {
			if ch == ' ' || ch == '\t' || ch == '\n' || ch == '\f' || ch == '\r' {
				return -1
			}
			return ch
		}, c.Argument(0).String())
		if len(s)%4 == 0 && strings.HasSuffix(s, "==") {
			s = s[:len(s)-2]
		} else if len(s)%4 == 0 && strings.HasSuffix(s, "=") {
			s = s[:len(s)-1]
		}
		b, err := base64.RawStdEncoding.DecodeString(s)
		if err != nil {
			return goja.Null()
		}
		runes := make([]rune, len(b))
		for i, x := range b {
			runes[i] = rune(x)
		}
		return rt.ToValue(string(runes))
	})
	_ = in.Set("process", goja.Undefined())
	r.installIOWork(in)
	r.installFS(in)
	r.installCrypto(in)
	r.installZlib(in)
	r.installZlibStreams(in)
	r.installURL(in)
	r.installWorkers(in)
}

// functionKind classifies a function by the source the user wrote.
func (r *runner) functionKind(v goja.Value) string {
	obj, ok := v.(*goja.Object)
	if !ok {
		return ""
	}
	if _, ok := goja.AssertFunction(v); !ok {
		return ""
	}
	src, _ := r.functionSource(obj)
	s := strings.TrimSpace(src)
	switch {
	case strings.HasPrefix(s, "async function*"), strings.HasPrefix(s, "async *"):
		return "asyncGenerator"
	case strings.HasPrefix(s, "async"):
		return "async"
	case strings.HasPrefix(s, "function*"):
		return "generator"
	case strings.HasPrefix(s, "class"):
		return "class"
	}
	return "function"
}

// functionSource is the inspector's hook: the source text the user wrote.
func (r *runner) functionSource(fn *goja.Object) (string, bool) {
	var s string
	if ex := r.rt.Try(func() {
		ts, _ := goja.AssertFunction(r.fnToString)
		v, err := ts(fn)
		r.rethrow(err)
		s = v.String()
	}); ex != nil {
		return "", false
	}
	return s, true
}

// inspectHost is the inspector's hook for loopviz's own objects: promises.
func (r *runner) inspectHost(obj *goja.Object) (inspect.Host, bool) {
	p := r.promiseOf(obj)
	if p == nil {
		if r.esmS != nil && r.esmS.namespaces[obj] {
			return inspect.Host{Type: "Module"}, true
		}
		return inspect.Host{}, false
	}
	state := inspect.Pending
	switch p.state {
	case fulfilled:
		state = inspect.Fulfilled
	case rejected:
		state = inspect.Rejected
	}
	return inspect.PromiseHost(state, p.result), true
}

// nodeError builds an error the way Node's internal errors look: the code in
// the stack's header ("TypeError [ERR_X]: msg") and as a property.
func (r *runner) nodeError(kind, code, msg string) *goja.Object {
	e := r.newError(kind, msg)
	if code == "" {
		return e
	}
	_ = e.Set("code", code)
	st := e.Get("stack").String()
	if rest, ok := strings.CutPrefix(st, kind+": "+msg); ok {
		st = kind + " [" + code + "]: " + msg + rest
	}
	_ = e.DefineDataProperty("stack", r.rt.ToValue(st), goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	return e
}

// receivedDesc is how Node's argument errors describe the value they got.
func (r *runner) receivedDesc(v goja.Value) string {
	switch {
	case v == nil || goja.IsUndefined(v):
		return "undefined"
	case goja.IsNull(v):
		return "null"
	}
	if _, ok := goja.AssertFunction(v); ok {
		if n := r.funcName(v); n != "" {
			return "function " + n
		}
		return "function "
	}
	if obj, ok := v.(*goja.Object); ok {
		if c, ok := obj.Get("constructor").(*goja.Object); ok {
			if n := r.funcName(c); n != "" {
				return "an instance of " + n
			}
		}
		opts := inspect.DefaultOptions()
		opts.Depth = -1
		return r.insp.Inspect(v, opts)
	}
	s := r.insp.Inspect(v, inspect.DefaultOptions())
	if len(s) > 28 {
		s = s[:25] + "..."
	}
	return "type " + r.typeOf(v) + " (" + s + ")"
}

// bytesOf reads the bytes of an ArrayBuffer, a typed array or a DataView.
func (r *runner) bytesOf(v goja.Value) []byte {
	switch x := v.Export().(type) {
	case goja.ArrayBuffer:
		return x.Bytes()
	case []byte:
		return x
	}
	obj, ok := v.(*goja.Object)
	if !ok {
		return nil
	}
	buf, ok := obj.Get("buffer").Export().(goja.ArrayBuffer)
	if !ok {
		return nil
	}
	off := int(obj.Get("byteOffset").ToInteger())
	n := int(obj.Get("byteLength").ToInteger())
	b := buf.Bytes()
	if off < 0 || off+n > len(b) {
		return nil
	}
	return b[off : off+n]
}

// callText returns the call expression that starts at col (1-based, UTF-16
// as frames count it) on line: the callee and its balanced parentheses.
func callText(line string, col int) string {
	runes := []rune(line)
	i := col - 1
	if i < 0 || i >= len(runes) {
		return ""
	}
	// Frames place a call at its last name (assert.ok -> ok): take in the
	// object path before it.
	for i > 0 && (runes[i-1] == '.' || runes[i-1] == '_' || runes[i-1] == '$' || unicode.IsLetter(runes[i-1]) || unicode.IsDigit(runes[i-1])) {
		i--
	}
	depth := 0
	for j := i; j < len(runes); j++ {
		switch runes[j] {
		case '(':
			depth++
		case ')':
			depth--
			if depth == 0 {
				return string(runes[i : j+1])
			}
		}
	}
	return ""
}
