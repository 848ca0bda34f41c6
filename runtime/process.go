package runtime

import (
	"math/big"
	"strconv"
	"strings"

	"github.com/dop251/goja"
	"github.com/loopviz/loopviz/sim"
)

// The process object: an EventEmitter (lifecycle events go through it) with
// Node's process API on top. Everything is virtual: a fixed pid, the virtual
// clock, the environment given on the command line (the real one never leaks
// into a run).

// Pid is the process id every run reports.
const Pid = 4242

// hrtimeBase is where process.hrtime() starts counting (an arbitrary monotonic origin).
const hrtimeBase = 1000 * sim.Second

func (r *runner) installProcess() {
	rt := r.rt
	events := r.builtin("events").(*goja.Object)
	eeProto := events.Get("prototype").(*goja.Object)
	ctor := r.fn("process", 0, func(goja.FunctionCall) goja.Value { return nil })
	proto := rt.CreateObject(eeProto)
	_ = proto.DefineDataProperty("constructor", ctor, goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	_ = ctor.DefineDataProperty("prototype", proto, goja.FLAG_FALSE, goja.FLAG_FALSE, goja.FLAG_FALSE)
	p := rt.CreateObject(proto)
	r.process = p
	if init, ok := goja.AssertFunction(events.Get("init")); ok {
		_, err := init(p)
		r.rethrow(err)
	}

	_ = p.Set("title", "node")
	_ = p.Set("version", NodeVersion)
	versions := rt.NewObject()
	for _, kv := range [][2]string{{"node", strings.TrimPrefix(NodeVersion, "v")}, {"uv", "1.46.0"}, {"v8", "11.3.244.8-node.25"}, {"modules", "115"}} {
		_ = versions.Set(kv[0], kv[1])
	}
	_ = p.Set("versions", versions)
	_ = p.Set("arch", "x64")
	_ = p.Set("platform", "linux")
	release := rt.NewObject()
	_ = release.Set("name", "node")
	_ = release.Set("lts", "Iron")
	_ = p.Set("release", release)
	argv := []any{"/usr/local/bin/node", r.mainFile}
	for _, a := range r.opts.Args {
		argv = append(argv, a)
	}
	_ = p.Set("argv", rt.NewArray(argv...))
	_ = p.Set("argv0", "node")
	_ = p.Set("execArgv", rt.NewArray())
	_ = p.Set("execPath", "/usr/local/bin/node")
	_ = p.Set("pid", Pid)
	_ = p.Set("ppid", Pid-1)
	_ = p.Set("exitCode", goja.Undefined())
	env := rt.NewObject()
	for _, kv := range r.env {
		k, v, _ := strings.Cut(kv, "=")
		_ = env.Set(k, v)
	}
	_ = p.Set("env", env)
	_ = p.DefineAccessorProperty("exitCode", r.fn("get exitCode", 0, func(goja.FunctionCall) goja.Value {
		if r.exitCodeVal != nil && r.exitCodeVal.ToInteger() == int64(r.world.ExitCode()) {
			return r.exitCodeVal
		}
		if r.exitCodeSet || r.world.ExitCode() != 0 {
			return rt.ToValue(r.world.ExitCode())
		}
		return goja.Undefined()
	}), r.fn("set exitCode", 1, func(c goja.FunctionCall) goja.Value {
		r.setExitCode(c.Argument(0))
		return goja.Undefined()
	}), goja.FLAG_TRUE, goja.FLAG_TRUE)
	_ = p.DefineAccessorProperty("_exiting", r.fn("get _exiting", 0, func(goja.FunctionCall) goja.Value {
		return rt.ToValue(r.world.Exiting())
	}), nil, goja.FLAG_TRUE, goja.FLAG_FALSE)

	r.method(p, "nextTick", 1, r.nextTick)
	r.method(p, "exit", 1, func(c goja.FunctionCall) goja.Value {
		if len(c.Arguments) > 0 {
			r.setExitCode(c.Argument(0))
		}
		// process.exit emits 'exit' with process.exitCode as the program gave
		// it ('3' stays a string); the natural exit passes Node's number.
		r.explicitExit = true
		r.interrupt(r.loop.Exit())
		return goja.Undefined()
	})
	r.method(p, "kill", 2, r.kill)
	r.method(p, "cwd", 0, func(goja.FunctionCall) goja.Value { return rt.ToValue(r.cwd()) })
	r.method(p, "uptime", 0, func(goja.FunctionCall) goja.Value {
		r.world.Charge(sim.CostClockRead)
		return rt.ToValue(float64(sim.Bootstrap+r.world.Now()) / float64(sim.Second))
	})
	r.method(p, "umask", 0, func(goja.FunctionCall) goja.Value { return rt.ToValue(0o22) })
	hr := r.method(p, "hrtime", 1, func(c goja.FunctionCall) goja.Value {
		r.world.Charge(sim.CostClockRead)
		ns := int64(hrtimeBase + sim.Bootstrap + r.world.Now())
		if prev, ok := c.Argument(0).(*goja.Object); ok {
			ps := prev.Get("0").ToInteger()
			pn := prev.Get("1").ToInteger()
			ns -= ps*1e9 + pn
		}
		return rt.NewArray(ns/1e9, ns%1e9)
	})
	r.method(hr, "bigint", 0, func(goja.FunctionCall) goja.Value {
		r.world.Charge(sim.CostClockRead)
		return rt.ToValue(big.NewInt(int64(hrtimeBase + sim.Bootstrap + r.world.Now())))
	})
	mem := r.method(p, "memoryUsage", 0, func(goja.FunctionCall) goja.Value {
		o := rt.NewObject()
		for _, kv := range []struct {
			k string
			v int
		}{{"rss", 45_000_000}, {"heapTotal", 6_000_000}, {"heapUsed", 4_500_000}, {"external", 400_000}, {"arrayBuffers", 17_000}} {
			_ = o.Set(kv.k, kv.v)
		}
		return o
	})
	r.method(mem, "rss", 0, func(goja.FunctionCall) goja.Value { return rt.ToValue(45_000_000) })
	r.installStdio(p)
	r.installStdin(p)
}

// stdioStream is process.stdout or process.stderr and its own write method.
// console.log writes through process.stdout.write, as in node: a program
// that replaces the method (to capture or transform output) sees console
// output too.
type stdioStream struct {
	obj   *goja.Object // nil until the program first reads process.stdout/stderr
	write goja.Value
}

// installStdio defines process.stdout and process.stderr, made on first
// use (lib/stdio.js), and internal.stdioWrite(fd, chunk), which prints.
func (r *runner) installStdio(p *goja.Object) {
	_ = r.internal.Set("stdioWrite", func(c goja.FunctionCall) goja.Value {
		s := sim.Stream(c.Argument(0).ToInteger())
		if b, ok := r.bufferBytes(c.Argument(1)); ok {
			r.write(s, validUTF8(b))
		} else {
			r.write(s, c.Argument(1).String())
		}
		return goja.Undefined()
	})
	for _, s := range []sim.Stream{sim.Stdout, sim.Stderr} {
		_ = p.DefineAccessorProperty(s.String(), r.fn("get "+s.String(), 0, func(goja.FunctionCall) goja.Value {
			return r.stdioObject(s)
		}), nil, goja.FLAG_TRUE, goja.FLAG_TRUE)
	}
}

// stdioObject is process.stdout or process.stderr, made on first use.
func (r *runner) stdioObject(s sim.Stream) *goja.Object {
	if st := r.stdio[s]; st.obj != nil {
		return st.obj
	}
	ctor := r.libOnce("stdio")
	o, err := r.rt.New(ctor, r.rt.ToValue(int(s)))
	r.rethrow(err)
	r.stdio[s] = stdioStream{obj: o, write: o.Get("write")}
	return o
}

// consoleWrite writes console output to stream s: through a write method
// the program installed, if any, else straight to the trace.
func (r *runner) consoleWrite(s sim.Stream, text string) {
	st := r.stdio[s]
	if st.obj != nil {
		if w := st.obj.Get("write"); w != nil && !w.SameAs(st.write) {
			if fn, ok := goja.AssertFunction(w); ok {
				_, err := fn(st.obj, r.rt.ToValue(text))
				r.rethrow(err)
				return
			}
		}
	}
	r.write(s, text)
}

// setExitCode validates and records process.exitCode as Node 20 does.
func (r *runner) setExitCode(v goja.Value) {
	if v == nil || goja.IsUndefined(v) || goja.IsNull(v) {
		r.exitCodeSet = false
		r.exitCodeVal = nil
		r.world.SetExitCode(0)
		return
	}
	code := v
	if s, ok := v.Export().(string); ok && s != "" {
		if n, err := strconv.ParseFloat(s, 64); err == nil && n == float64(int64(n)) {
			code = r.rt.ToValue(int64(n))
		}
	}
	f, ok := code.Export().(int64)
	if !ok {
		if fl, isF := code.Export().(float64); isF && fl == float64(int64(fl)) {
			f, ok = int64(fl), true
		}
	}
	if !ok {
		if _, num := code.Export().(float64); num {
			panic(r.nodeError("RangeError", "ERR_OUT_OF_RANGE", "The value of \"code\" is out of range. It must be an integer. Received "+code.String()))
		}
		panic(r.nodeError("TypeError", "ERR_INVALID_ARG_TYPE", "The \"code\" argument must be of type number. Received "+r.receivedDesc(v)))
	}
	r.exitCodeSet = true
	r.exitCodeVal = v // Node keeps the value as given: process.exit('3') reports '3'
	r.world.SetExitCode(int(f))
}

// nextTick is process.nextTick(callback, ...args).
func (r *runner) nextTick(c goja.FunctionCall) goja.Value {
	cbv := c.Argument(0)
	cb := r.requireCallback(cbv)
	if r.world.Exiting() {
		return goja.Undefined()
	}
	var args []goja.Value
	if len(c.Arguments) > 1 {
		args = append([]goja.Value(nil), c.Arguments[1:]...)
	}
	r.queueTick(cbv, cb, args, "")
	return goja.Undefined()
}

func (r *runner) queueTick(cbv goja.Value, cb goja.Callable, args []goja.Value, label string) {
	if r.timers != nil {
		r.timers.nextAsyncID++
	}
	if label == "" {
		label = r.label("nextTick", cbv)
	}
	id := r.loop.NewEntry(sim.Entry{Kind: sim.EntryTick, Label: label, Func: r.funcName(cbv)})
	r.loop.QueueTick(sim.Task{Entry: id, Fn: func() error {
		return r.call(cb, goja.Undefined(), args...)
	}})
}
