package runtime

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"

	"github.com/dop251/goja"
	"github.com/loopviz/loopviz/runtime/prepare"
	"github.com/loopviz/loopviz/sim"
)

// Errors look like Node's: `stack` is "Error: msg\n    at f (/path:1:2)" with
// the frames V8 would print, including the Node-internal frames below the
// user's code (which depend on what kind of callback is running). goja builds
// its own stack format for errors it creates; the runtime rewrites those where
// they become visible (see fixError).

var errorNames = []string{"Error", "TypeError", "RangeError", "ReferenceError", "SyntaxError", "EvalError", "URIError", "AggregateError"}

// stackTraceLimit is V8's default Error.stackTraceLimit.
const stackTraceLimit = 10

// installErrors wraps the error constructors so every error built by
// JavaScript gets a Node-style stack at construction, as in V8.
func (r *runner) installErrors() {
	rt := r.rt
	global := rt.GlobalObject()
	wrappers := map[string]*goja.Object{}
	for _, name := range errorNames {
		name := name
		orig, ok := global.Get(name).(*goja.Object)
		if !ok {
			continue
		}
		origCtor, _ := goja.AssertConstructor(orig)
		proto := orig.Get("prototype").(*goja.Object)
		var wrapper *goja.Object
		wrapper = rt.ToValue(func(call goja.ConstructorCall) *goja.Object {
			nt := call.NewTarget
			if nt == nil {
				nt = wrapper
			}
			obj, err := origCtor(nt, call.Arguments...)
			r.rethrow(err)
			r.setLazyStack(obj, r.subclassFrames(nt, wrapper))
			return obj
		}).(*goja.Object)
		_ = wrapper.DefineDataProperty("name", rt.ToValue(name), goja.FLAG_FALSE, goja.FLAG_TRUE, goja.FLAG_FALSE)
		_ = wrapper.DefineDataProperty("length", orig.Get("length"), goja.FLAG_FALSE, goja.FLAG_TRUE, goja.FLAG_FALSE)
		_ = wrapper.DefineDataProperty("prototype", proto, goja.FLAG_FALSE, goja.FLAG_FALSE, goja.FLAG_FALSE)
		_ = proto.DefineDataProperty("constructor", wrapper, goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE)
		if base, ok := wrappers["Error"]; ok {
			_ = wrapper.SetPrototype(base)
		}
		wrappers[name] = wrapper
		_ = global.DefineDataProperty(name, wrapper, goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	}
	errCtor := wrappers["Error"]
	_ = errCtor.Set("stackTraceLimit", stackTraceLimit)
	r.method(errCtor, "captureStackTrace", 2, func(c goja.FunctionCall) goja.Value {
		obj, ok := c.Argument(0).(*goja.Object)
		if !ok {
			r.throwTypeError("The \"targetObject\" argument must be of type object")
		}
		// With a function, the frames above and including its call are left
		// out, as V8 does; the function is recognised by its name.
		frames := r.userFrames(0)
		if fn, ok := c.Argument(1).(*goja.Object); ok {
			if name := r.funcName(fn); name != "" {
				for i, f := range frames {
					if f.fn == name || strings.HasSuffix(f.fn, "."+name) {
						frames = frames[i+1:]
						break
					}
				}
			}
		}
		stack := r.errorHeader(obj) + r.renderFrames(frames, true)
		_ = obj.DefineDataProperty("stack", r.rt.ToValue(stack), goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE)
		return goja.Undefined()
	})
}

// subclassFrames is how many stack frames belong to constructors of Error
// subclasses between new.target and the Error constructor: V8 leaves them out
// of the stack. Only classes with a constructor of their own add a frame.
func (r *runner) subclassFrames(nt, base *goja.Object) int {
	n := 0
	for c := nt; c != nil && c != base; {
		if src, ok := r.functionSource(c); ok && explicitCtor.MatchString(src) {
			n++
		}
		proto := c.Prototype()
		if proto == nil {
			break
		}
		c = proto
	}
	return n
}

var explicitCtor = regexp.MustCompile(`^class\b[^{]*\{[\s\S]*\bconstructor\s*\(`)

// setLazyStack gives a new error its stack the way V8 does: the frames are
// captured now, but the first line ("Name: message") is written the first
// time the stack is read, so a subclass constructor that sets this.name
// afterwards still shows in it.
func (r *runner) setLazyStack(obj *goja.Object, skip int) {
	frames := r.userFrames(0)
	if skip > 0 && skip <= len(frames) {
		frames = frames[skip:]
	}
	body := r.renderFrames(frames, true)
	var getter, setter *goja.Object
	getter = r.fn("", 0, func(c goja.FunctionCall) goja.Value {
		v := r.rt.ToValue(r.errorHeader(obj) + body)
		_ = obj.DefineDataProperty("stack", v, goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE)
		return v
	})
	setter = r.fn("", 1, func(c goja.FunctionCall) goja.Value {
		_ = obj.DefineDataProperty("stack", c.Argument(0), goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE)
		return goja.Undefined()
	})
	_ = obj.DefineAccessorProperty("stack", getter, setter, goja.FLAG_TRUE, goja.FLAG_FALSE)
}

// newError constructs an error of one of the standard types with a message.
func (r *runner) newError(name, msg string) *goja.Object {
	ctor, ok := goja.AssertConstructor(r.rt.Get(name))
	if !ok {
		panic(fmt.Sprintf("loopviz: no %s constructor", name))
	}
	obj, err := ctor(nil, r.rt.ToValue(msg))
	if err != nil {
		panic(err)
	}
	return obj
}

// setNodeStack gives obj a Node-style stack property. skip drops the innermost
// native frames (the constructor itself).
func (r *runner) setNodeStack(obj *goja.Object, skip int) {
	header := r.errorHeader(obj)
	frames := r.userFrames(skip)
	stack := header + r.renderFrames(frames, true)
	_ = obj.DefineDataProperty("stack", r.rt.ToValue(stack), goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE)
}

// errorHeader is what V8 puts on the first line of a stack: "Name: message",
// or just the name when the message is empty.
func (r *runner) errorHeader(obj *goja.Object) string {
	name := "Error"
	if v := obj.Get("name"); v != nil && !goja.IsUndefined(v) {
		name = v.String()
	}
	msg := ""
	if v := obj.Get("message"); v != nil && !goja.IsUndefined(v) {
		msg = v.String()
	}
	switch {
	case name == "":
		return msg
	case msg == "":
		return name
	}
	return name + ": " + msg
}

// jsFrame is one frame of a JavaScript stack, already cleaned of loopviz's own
// machinery.
type jsFrame struct {
	fn   string
	file string
	line int
	col  int
}

// userFrames captures the JavaScript stack, innermost first, without native
// frames, loopviz's library code, or the wrappers of prepared async functions.
// The slice is only valid until the next call.
func (r *runner) userFrames(skip int) []jsFrame {
	r.stackBuf = r.rt.CaptureCallStack(64, r.stackBuf[:0])
	out := r.frameBuf[:0] // reused: callers use the frames before the next capture
	defer func() { r.frameBuf = out[:0] }()
	pendingAsync := ""
	for i, f := range r.stackBuf {
		if i < skip {
			continue
		}
		src := f.SrcName()
		name := f.FuncName()
		if src == "node:events" && name == "emit" {
			// A listener called by EventEmitter.emit: V8 names it after its
			// receiver, and emit's own frame shows where node's emit is.
			if len(out) > 0 {
				if l := &out[len(out)-1]; l.fn == "" {
					l.fn = "EventEmitter.<anonymous>"
				} else if !strings.Contains(l.fn, ".") {
					l.fn = "EventEmitter." + l.fn
				}
			}
			out = append(out, jsFrame{fn: "EventEmitter.emit", file: "node:events", line: 524, col: 28})
			continue
		}
		if !isUserSource(src) {
			continue
		}
		if name == "<anonymous>" {
			name = ""
		}
		if n, ok := strings.CutPrefix(name, asyncPrefix); ok {
			pendingAsync = n
			name = n
		} else if pendingAsync != "" && name == pendingAsync {
			// The outer function of a prepared async function: V8 shows
			// only the body.
			pendingAsync = ""
			continue
		} else {
			pendingAsync = ""
		}
		pos := f.Position()
		line := r.sourceLine(src, pos.Line)
		col := callColumn(line, pos.Column)
		out = append(out, jsFrame{fn: name, file: src, line: pos.Line, col: utf16Column(line, col)})
	}
	return out
}

// callColumn moves a call's position from its '(' (where goja puts it) to the
// start of the name being called (where V8 puts it): f() and o.method().
func callColumn(line string, col int) int {
	i := col - 1
	if i <= 0 || i >= len(line) || line[i] != '(' {
		return col
	}
	j := i
	for j > 0 && (line[j-1] == ' ' || line[j-1] == '\t') {
		j--
	}
	k := j
	for k > 0 && isIdentByte(line[k-1]) {
		k--
	}
	if k == j {
		return col
	}
	return k + 1
}

// utf16Column converts goja's byte column into V8's, which counts UTF-16 units.
func utf16Column(line string, col int) int {
	if col <= 1 || col-1 > len(line) {
		return col
	}
	n := 0
	for _, r := range line[:col-1] {
		if r >= 0x10000 {
			n += 2
		} else {
			n++
		}
	}
	return n + 1
}

// isUserSource tells the user's files from goja's native frames and
// loopviz's own library code.
func isUserSource(src string) bool {
	return src != "" && src != "<native>" && !strings.HasPrefix(src, "node:") && !strings.HasPrefix(src, "loopviz:")
}

// isModuleFrame reports the frame of a module's top-level code.
func isModuleFrame(f jsFrame) bool { return f.fn == moduleFuncName }

// isESMFrame reports the frame of an ES module's top-level code.
func isESMFrame(f jsFrame) bool { return f.fn == prepare.ESModuleFunc }

// renderFrames writes frames as V8 does, with Node's internal frames for the
// kind of callback that is running appended below the user's.
func (r *runner) renderFrames(frames []jsFrame, withInternal bool) string {
	var b strings.Builder
	n := 0
	write := func(s string) {
		if n < stackTraceLimit {
			b.WriteString("\n    at ")
			b.WriteString(s)
			n++
		}
	}
	entry, inTicks := r.runningContext()
	kind := entry.Kind
	for i, f := range frames {
		name := f.fn
		last := i == len(frames)-1
		switch {
		case isModuleFrame(f):
			name = "Object.<anonymous>"
		case isESMFrame(f):
			name = "" // V8 shows an ES module's top level as an anonymous frame
		case last && kind == sim.EntryTimer || last && kind == sim.EntryInterval:
			if name == "" {
				name = "Timeout._onTimeout"
			} else {
				name = "Timeout." + name + " [as _onTimeout]"
			}
		case last && kind == sim.EntryImmediate:
			if name == "" {
				name = "Immediate._onImmediate"
			} else {
				name = "Immediate." + name + " [as _onImmediate]"
			}
		}
		loc := r.displayFile(f.file) + ":" + strconv.Itoa(f.line) + ":" + strconv.Itoa(f.col)
		if f.file == "node:events" {
			write(name + " (" + loc + ")")
			continue
		}
		if name == "" {
			write(loc)
		} else {
			write(name + " (" + loc + ")")
		}
	}
	if withInternal {
		if kind == sim.EntryMicrotask && entry.Origin == "queueMicrotask" {
			write("node:internal/process/task_queues:140:7")
			write("AsyncResource.runInAsyncScope (node:async_hooks:206:9)")
			write("AsyncResource.runMicrotask (node:internal/process/task_queues:137:8)")
		}
		if len(frames) > 0 && isESMFrame(frames[len(frames)-1]) && r.esmResumed == 0 {
			// A module's top level runs under the loader's ModuleJob.
			for _, s := range esmLoaderFrames {
				write(s)
			}
			return b.String()
		}
		for _, s := range nodeInternalFrames(kind, inTicks, len(frames) > 0 && isModuleFrame(frames[len(frames)-1])) {
			write(s)
		}
	}
	return b.String()
}

// runningContext is the callback the loop is running and whether the tick
// queue is being processed (which puts processTicksAndRejections on the stack).
func (r *runner) runningContext() (*sim.Entry, bool) {
	e := r.loop.RunningEntry()
	if e == nil {
		return &sim.Entry{Kind: sim.EntryMain}, false
	}
	return e, r.loop.InTickProcessing()
}

// esmLoaderFrames are node's frames below an ES module's top-level code.
var esmLoaderFrames = []string{
	"ModuleJob.run (node:internal/modules/esm/module_job:325:25)",
	"async ModuleLoader.import (node:internal/modules/esm/loader:606:24)",
	"async asyncRunEntryPointWithESMLoader (node:internal/modules/run_main:117:5)",
}

// nodeInternalFrames are the frames of Node's own JavaScript below a user
// callback, as node v20.20.2 prints them.
func nodeInternalFrames(kind sim.EntryKind, inTicks, moduleTop bool) []string {
	switch kind {
	case sim.EntryMain:
		if !moduleTop {
			return nil
		}
		return []string{
			"Module._compile (node:internal/modules/cjs/loader:1521:14)",
			"Module._extensions..js (node:internal/modules/cjs/loader:1623:10)",
			"Module.load (node:internal/modules/cjs/loader:1266:32)",
			"Module._load (node:internal/modules/cjs/loader:1091:12)",
			"Function.executeUserEntryPoint [as runMain] (node:internal/modules/run_main:164:12)",
			"node:internal/main/run_main_module:28:49",
		}
	case sim.EntryTimer, sim.EntryInterval:
		return []string{"listOnTimeout (node:internal/timers:581:17)", "process.processTimers (node:internal/timers:519:7)"}
	case sim.EntryImmediate:
		return []string{"process.processImmediate (node:internal/timers:483:21)"}
	case sim.EntryTick:
		return []string{"process.processTicksAndRejections (node:internal/process/task_queues:77:11)"}
	case sim.EntryMicrotask:
		if inTicks {
			return []string{"process.processTicksAndRejections (node:internal/process/task_queues:95:5)"}
		}
	}
	return nil
}

// describeForError renders a value the way V8 does inside its error messages:
// primitives as strings, objects as #<Constructor>.
func (r *runner) describeForError(v goja.Value) string {
	if v == nil {
		return "undefined"
	}
	obj, ok := v.(*goja.Object)
	if !ok {
		if s, ok := v.(*goja.Symbol); ok {
			return s.String()
		}
		return v.String()
	}
	if _, ok := goja.AssertFunction(v); ok {
		return v.String()
	}
	name := "Object"
	if c, ok := obj.Get("constructor").(*goja.Object); ok {
		if n := r.funcName(c); n != "" {
			name = n
		}
	}
	return "#<" + name + ">"
}

// gojaFrame matches one frame of goja's own stack format: "\tat f (file:1:2(3))".
var gojaFrame = regexp.MustCompile(`^\tat (?:(.*) \()?(.*?):(\d+):(\d+)\(\d+\)\)?$`)

// fixError rewrites an error goja created itself (a TypeError from `null.x`)
// into what V8 would have made: V8's message and a Node-style stack. Errors
// built through the JavaScript constructors already have a Node stack.
func (r *runner) fixError(v goja.Value) {
	obj, ok := v.(*goja.Object)
	if !ok {
		return
	}
	desc := obj.Get("stack")
	if desc == nil {
		return
	}
	stack := desc.String()
	if !strings.Contains(stack, "\n\tat ") && !strings.HasSuffix(stack, "\n") {
		return
	}
	var frames []jsFrame
	userThrew := false // the innermost frame is the user's: only then does the message name their code
	seen := 0
	for _, line := range strings.Split(stack, "\n") {
		m := gojaFrame.FindStringSubmatch(line)
		if m == nil {
			continue
		}
		seen++
		if !isUserSource(m[2]) {
			continue
		}
		if seen == 1 {
			userThrew = true
		}
		ln, _ := strconv.Atoi(m[3])
		col, _ := strconv.Atoi(m[4])
		frames = append(frames, jsFrame{fn: strings.TrimPrefix(m[1], asyncPrefix), file: m[2], line: ln, col: col})
	}
	// Columns for the stack: V8 puts a call at its callee and counts UTF-16
	// units; the message rewrite below wants goja's own columns.
	shown := make([]jsFrame, len(frames))
	for i, f := range frames {
		line := r.sourceLine(f.file, f.line)
		f.col = utf16Column(line, callColumn(line, f.col))
		shown[i] = f
	}
	if m := obj.Get("message"); m != nil && len(frames) > 0 && userThrew {
		msg := m.String()
		top := frames[0]
		if fixed := v8MessageIn(msg, r.sources[top.file], top.line, top.col); fixed != msg {
			_ = obj.Set("message", fixed)
		}
	}
	_ = obj.DefineDataProperty("stack", r.rt.ToValue(r.errorHeader(obj)+r.renderFrames(shown, true)), goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE)
}

// isErrorLike is Node's test for a value it can report with a stack.
func isErrorLike(v goja.Value) bool {
	obj, ok := v.(*goja.Object)
	if !ok {
		return false
	}
	for _, k := range obj.Keys() {
		if k == "stack" {
			return true
		}
	}
	return obj.GetOwnPropertyNames() != nil && hasOwn(obj, "stack")
}

func hasOwn(obj *goja.Object, name string) bool {
	for _, k := range obj.GetOwnPropertyNames() {
		if k == name {
			return true
		}
	}
	return false
}
