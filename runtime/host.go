package runtime

import (
	"net/url"
	"strings"

	"github.com/dop251/goja"
	"github.com/loopviz/loopviz/runtime/inspect"
	"github.com/loopviz/loopviz/sim"
)

// The runner is the model's Host: sim calls back through these methods to
// reach JavaScript (process events) and to print what Node prints.

// Emit runs process.emit(event, ...args).
func (r *runner) Emit(event string, args ...sim.Value) (bool, error) {
	if r.process == nil {
		return false, nil
	}
	emit, ok := goja.AssertFunction(r.process.Get("emit"))
	if !ok {
		return false, nil
	}
	vals := make([]goja.Value, 0, len(args)+1)
	vals = append(vals, r.rt.ToValue(event))
	for _, a := range args {
		vals = append(vals, r.rt.ToValue(a))
	}
	if event == "exit" && r.explicitExit && len(args) == 1 && r.exitCodeVal != nil {
		if code, ok := args[0].(int); ok && int64(code) == r.exitCodeVal.ToInteger() {
			vals[1] = r.exitCodeVal // the exit code as the program gave it
		}
	}
	res, err := emit(r.process, vals...)
	if err != nil {
		return true, r.jsErr(err)
	}
	return res.ToBoolean(), nil
}

// Stack is the JavaScript call stack for the trace, innermost first.
func (r *runner) Stack() []sim.Frame {
	frames := r.userFrames(0)
	out := r.simFrames[:0]
	if cap(out) < len(frames) {
		out = make([]sim.Frame, 0, len(frames))
	}
	out = out[:len(frames)]
	r.simFrames = out // reused: the trace copies a stack when it interns a new one
	for i, f := range frames {
		name := f.fn
		if isModuleFrame(f) {
			name = "(main module)"
			if f.file != r.mainFile {
				name = "(module " + shortPath(f.file) + ")"
			}
		} else if isESMFrame(f) {
			name = esmFrameName(f.file, f.file == r.mainFile)
		}
		out[i] = sim.Frame{Func: name, File: f.file, Line: int32(f.line), Col: int32(f.col)}
	}
	return out
}

func shortPath(p string) string {
	if i := strings.LastIndexByte(p, '/'); i >= 0 {
		return p[i+1:]
	}
	return p
}

// Describe renders a value on one line for the trace's labels.
func (r *runner) Describe(v sim.Value) string {
	gv, ok := v.(goja.Value)
	if !ok {
		gv = r.rt.ToValue(v)
	}
	var s string
	if ex := r.rt.Try(func() {
		opts := inspect.DefaultOptions()
		opts.Depth = 1
		opts.BreakLength = inspect.Infinity
		s = r.insp.Inspect(gv, opts)
	}); ex != nil {
		return "<value>"
	}
	if i := strings.IndexByte(s, '\n'); i >= 0 {
		s = s[:i] + " ..."
	}
	if len(s) > 120 {
		s = s[:117] + "..."
	}
	return s
}

// EmitWarning is process.emitWarning(message, name).
func (r *runner) EmitWarning(name, message string) {
	if r.process == nil {
		return
	}
	if fn, ok := goja.AssertFunction(r.process.Get("emitWarning")); ok {
		_, err := fn(r.process, r.rt.ToValue(message), r.rt.ToValue(name))
		if err := r.jsErr(err); err != nil {
			if _, thrown := err.(*sim.Thrown); !thrown {
				r.interrupt(err)
			}
		}
	}
}

// RejectionError is the error Node reports for an unhandled rejection.
func (r *runner) RejectionError(reason sim.Value) sim.Value {
	v, _ := reason.(goja.Value)
	if v == nil {
		v = goja.Undefined()
	}
	if isErrorLike(v) {
		return v
	}
	// Node's UnhandledPromiseRejection: a real Error (so it prints like one)
	// whose stack shows where Node raised it.
	msg := "This error originated either by throwing inside of an async function without a catch block, " +
		"or by rejecting a promise which was not handled with .catch(). The promise rejected with the reason \"" +
		r.describeForError(v) + "\"."
	e := r.newError("Error", msg)
	_ = e.DefineDataProperty("name", r.rt.ToValue("UnhandledPromiseRejection"), goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	stack := "UnhandledPromiseRejection: " + msg +
		"\n    at throwUnhandledRejectionsMode (node:internal/process/promises:389:7)" +
		"\n    at processPromiseRejections (node:internal/process/promises:470:17)" +
		"\n    at process.processTicksAndRejections (node:internal/process/task_queues:96:32)"
	_ = e.DefineDataProperty("stack", r.rt.ToValue(stack), goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	_ = e.Set("code", "ERR_UNHANDLED_REJECTION")
	r.fatalSite = &throwSite{file: "node:internal/process/promises", line: 389, col: 7, source: "      new UnhandledPromiseRejection(reason);"}
	r.fatalSiteFor = e
	return e
}

// throwSite is where an uncaught value was thrown: Node prints that line with
// a caret above the error.
type throwSite struct {
	file    string
	line    int
	col     int
	source  string // the line's text, when it is not in one of our files
	showCol bool   // print file:line:col (syntax errors) rather than Node's file:line
	noGap   bool   // no blank line between the caret and the error (an ES module link error)
	width   int    // carets under the offending token (V8's syntax errors); 1 when 0
}

// ReportFatal writes what Node prints on stderr for an uncaught error.
func (r *runner) ReportFatal(err sim.Value) {
	v, _ := err.(goja.Value)
	if v == nil {
		v = goja.Undefined()
	}
	r.fixError(v)
	site := r.siteOf(v)
	var b strings.Builder
	errorLike := isErrorLike(v)
	if !errorLike {
		b.WriteString("\n")
	}
	if site != nil {
		src := site.source
		if src == "" {
			src = r.sourceLine(site.file, site.line)
		}
		loc := r.displayFile(site.file) + ":" + itoa(site.line)
		if site.showCol {
			loc += ":" + itoa(site.col)
		}
		b.WriteString(loc + "\n" + src + "\n" + strings.Repeat(" ", max(0, site.col-1)) + strings.Repeat("^", max(1, site.width)) + "\n")
		if errorLike && !site.noGap {
			b.WriteString("\n")
		}
	}
	var body string
	if _, isObj := v.(*goja.Object); !isObj {
		body = r.str(v) // Node prints a thrown primitive as it is, unquoted
	} else if ex := r.rt.Try(func() { body = r.insp.Inspect(v, inspect.DefaultOptions()) }); ex != nil {
		body = r.describeForError(v)
	}
	b.WriteString(body)
	if !errorLike {
		if _, isObj := v.(*goja.Object); !isObj {
			b.WriteString("\n(Use `node --trace-uncaught ...` to show where the exception was thrown)")
		}
	}
	b.WriteString("\n\nNode.js " + NodeVersion + "\n")
	r.write(sim.Stderr, b.String())
}

// siteOf finds where an uncaught value came from: the throw statement if the
// runtime saw the exception leave JavaScript, else the error's creation.
func (r *runner) siteOf(v goja.Value) *throwSite {
	if r.fatalSite != nil && r.fatalSiteFor == v {
		return r.fatalSite
	}
	if r.lastThrow != nil && r.lastThrowVal == v {
		return r.lastThrow
	}
	if obj, ok := v.(*goja.Object); ok {
		if st := obj.Get("stack"); st != nil {
			for _, line := range strings.Split(st.String(), "\n")[1:] {
				if f, ok := parseNodeFrame(line); ok && !strings.HasPrefix(f.file, "node:") {
					if p, ok := strings.CutPrefix(f.file, "file://"); ok {
						if u, err := url.PathUnescape(p); err == nil {
							p = u
						}
						f.file = p // an ES module's frame names its URL
					}
					return &throwSite{file: f.file, line: f.line, col: f.col}
				}
			}
		}
	}
	return nil
}

// parseNodeFrame reads "    at f (file:1:2)" or "    at file:1:2".
func parseNodeFrame(line string) (jsFrame, bool) {
	s, ok := strings.CutPrefix(line, "    at ")
	if !ok {
		return jsFrame{}, false
	}
	if i := strings.LastIndexByte(s, '('); i >= 0 && strings.HasSuffix(s, ")") {
		s = s[i+1 : len(s)-1]
	}
	c2 := strings.LastIndexByte(s, ':')
	if c2 < 0 {
		return jsFrame{}, false
	}
	c1 := strings.LastIndexByte(s[:c2], ':')
	if c1 < 0 {
		return jsFrame{}, false
	}
	line2, col := atoi(s[c1+1:c2]), atoi(s[c2+1:])
	if line2 == 0 {
		return jsFrame{}, false
	}
	return jsFrame{file: s[:c1], line: line2, col: col}, true
}

// sourceLine returns line n (1-based) of a loaded file.
func (r *runner) sourceLine(file string, n int) string {
	lines := r.sources[file]
	if n >= 1 && n <= len(lines) {
		return lines[n-1]
	}
	return ""
}
