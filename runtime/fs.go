package runtime

import (
	"fmt"
	"math/rand"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/dop251/goja"
	"github.com/loopviz/loopviz/sim"
)

// The fs module's primitives, on the virtual file system (vfs.go). Each
// asynchronous call is one threadpool request, as in libuv: the work is done
// when it is submitted (the model is deterministic, so when hardly matters),
// costs virtual time on a pool slot, and its callback waits for the poll
// phase. A Sync call does the same work on the main thread, which stays
// blocked for the cost. readFile and friends (lib/fs.js) chain several
// requests, as Node does.

// Costs of file-system requests: the page cache answers quickly; bytes cost
// time on top (about 4 GB/s). docs/MODEL.md lists them.
const (
	costFsMeta    = 5 * sim.Microsecond // open, close, stat, access, mkdir, unlink, rename...
	costFsPerByte = sim.Nanosecond / 4  // reading or writing a byte
)

// fsResult is what a primitive produced: a value for the callback, or an error.
type fsResult struct {
	val  goja.Value
	err  *fsError
	cost sim.Time
}

func (r *runner) fsErrorValue(e *fsError, async bool) goja.Value {
	obj := r.newError("Error", e.Error())
	_ = obj.Set("errno", e.num)
	_ = obj.Set("code", e.code)
	_ = obj.Set("syscall", e.syscall)
	if e.hasPath {
		_ = obj.Set("path", e.path)
		if e.dest != "" {
			_ = obj.Set("dest", e.dest)
		}
	}
	if async {
		// Errors from the threadpool carry no JavaScript stack: node prints
		// them as [Error: ENOENT: ...] { errno: -2, ... }.
		_ = obj.DefineDataProperty("stack", r.rt.ToValue("Error: "+e.Error()), goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	}
	return obj
}

// fsOp runs one primitive. args are the JavaScript arguments after the name.
func (r *runner) fsOp(op string, args []goja.Value) fsResult {
	v := r.vfs
	str := func(i int) string { return args[i].String() }
	num := func(i int) int64 { return args[i].ToInteger() }
	fail := func(e *errno, syscall string, path ...string) fsResult {
		fe := &fsError{errno: *e, syscall: syscall}
		if len(path) > 0 {
			fe.path, fe.hasPath = path[0], true
		}
		if len(path) > 1 {
			fe.dest = path[1]
		}
		return fsResult{err: fe, cost: costFsMeta}
	}
	ok := func(val any, cost sim.Time) fsResult { return fsResult{val: r.rt.ToValue(val), cost: cost} }
	switch op {
	case "open":
		fd, e := v.open(v.abs(str(0)), str(1))
		if e != nil {
			return fail(e, "open", str(0))
		}
		return ok(fd, costFsMeta)
	case "close":
		if e := v.close(int(num(0))); e != nil {
			return fail(e, "close")
		}
		return fsResult{val: goja.Undefined(), cost: costFsMeta}
	case "fstat":
		f, e := v.file(int(num(0)))
		if e != nil {
			return fail(e, "fstat")
		}
		k, size := v.kind(f.path)
		return fsResult{val: r.statValue(k, size), cost: costFsMeta}
	case "stat", "lstat":
		k, size := v.kind(v.abs(str(0)))
		if k == 0 {
			return fail(&errENOENT, op, str(0))
		}
		return fsResult{val: r.statValue(k, size), cost: costFsMeta}
	case "access":
		if k, _ := v.kind(v.abs(str(0))); k == 0 {
			return fail(&errENOENT, "access", str(0))
		}
		return fsResult{val: goja.Undefined(), cost: costFsMeta}
	case "read":
		b, e := v.read(int(num(0)), int(num(1)), num(2))
		if e != nil {
			return fail(e, "read")
		}
		// read returns bytes of its own: wrap them without a copy.
		return fsResult{val: r.wrapBytes(b), cost: costFsMeta + sim.Time(len(b))*costFsPerByte}
	case "write":
		data, isBytes := r.bufferBytes(args[1])
		if !isBytes {
			data = []byte(args[1].String())
		}
		n, e := v.write(int(num(0)), data, num(2))
		if e != nil {
			return fail(e, "write")
		}
		return ok(n, costFsMeta+sim.Time(n)*costFsPerByte)
	case "readdir":
		names, dirs, e := v.readdir(v.abs(str(0)))
		if e != nil {
			return fail(e, "scandir", str(0))
		}
		list := make([]any, len(names))
		for i, n := range names {
			list[i] = r.rt.NewArray(n, dirs[i])
		}
		return fsResult{val: r.rt.NewArray(list...), cost: costFsMeta + sim.Time(len(names))*sim.Microsecond/4}
	case "mkdir":
		first, e := v.mkdir(v.abs(str(0)), args[1].ToBoolean())
		if e != nil {
			return fail(e, "mkdir", str(0))
		}
		if args[1].ToBoolean() && first != "" {
			return ok(first, costFsMeta)
		}
		return fsResult{val: goja.Undefined(), cost: costFsMeta}
	case "rmdir":
		if e := v.remove(v.abs(str(0)), true, args[1].ToBoolean()); e != nil {
			return fail(e, "rmdir", str(0))
		}
		return fsResult{val: goja.Undefined(), cost: costFsMeta}
	case "rm":
		recursive, force := args[1].ToBoolean(), args[2].ToBoolean()
		abs := v.abs(str(0))
		if k, _ := v.kind(abs); k == 0 {
			if force {
				return fsResult{val: goja.Undefined(), cost: costFsMeta}
			}
			return fail(&errENOENT, "stat", str(0))
		} else if k == 2 && !recursive {
			fe := fail(&errEISDIR, "rm", str(0))
			fe.err.desc = "Path is a directory"
			return fe
		}
		if e := v.remove(abs, false, true); e != nil {
			return fail(e, "rm", str(0))
		}
		return fsResult{val: goja.Undefined(), cost: costFsMeta}
	case "unlink":
		if e := v.remove(v.abs(str(0)), false, false); e != nil {
			return fail(e, "unlink", str(0))
		}
		return fsResult{val: goja.Undefined(), cost: costFsMeta}
	case "rename":
		if e := v.rename(v.abs(str(0)), v.abs(str(1))); e != nil {
			return fail(e, "rename", str(0), str(1))
		}
		return fsResult{val: goja.Undefined(), cost: costFsMeta}
	case "mkdtemp":
		// prefix + six random characters, from the run's seeded generator.
		const chars = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
		for {
			name := str(0)
			for i := 0; i < 6; i++ {
				name += string(chars[v.rng.Intn(len(chars))])
			}
			abs := v.abs(name)
			if k, _ := v.kind(abs); k != 0 {
				continue
			}
			if _, e := v.mkdir(abs, false); e != nil {
				return fail(e, "mkdtemp", str(0)+"XXXXXX")
			}
			return ok(name, costFsMeta)
		}
	case "copyFile":
		data, e := v.readAll(v.abs(str(0)))
		if e != nil {
			return fail(e, "copyfile", str(0), str(1))
		}
		if e := v.writeAll(v.abs(str(1)), data, false); e != nil {
			return fail(e, "copyfile", str(0), str(1))
		}
		return fsResult{val: goja.Undefined(), cost: costFsMeta + sim.Time(len(data))*costFsPerByte}
	}
	panic(r.newError("Error", "loopviz: unknown fs operation "+op))
}

// statValue builds the fields of an fs.Stats (lib/fs.js wraps them). Times are
// the virtual epoch: the real ones would make runs differ.
func (r *runner) statValue(kind int, size int64) goja.Value {
	o := r.rt.NewObject()
	mode := 0o100644
	if kind == 2 {
		mode = 0o40755
	}
	_ = o.Set("mode", mode)
	_ = o.Set("size", size)
	_ = o.Set("dir", kind == 2)
	_ = o.Set("timeMs", float64(sim.Epoch))
	return o
}

// fsLabel names a request in the trace: fs.open('data.txt').
func (r *runner) fsLabel(op string, args []goja.Value) string {
	switch op {
	case "read", "write", "close", "fstat":
		return "fs." + op + "(fd " + args[0].String() + ")"
	case "rename", "copyFile":
		return "fs." + op + "(" + strconv.Quote(r.shortPath(args[0].String())) + ", " + strconv.Quote(r.shortPath(args[1].String())) + ")"
	}
	return fmt.Sprintf("fs.%s(%q)", op, r.shortPath(args[0].String()))
}

// shortPath is how the trace names a file: relative to the main module's
// directory when it is inside it (most are), else as given.
func (r *runner) shortPath(p string) string {
	if filepath.IsAbs(p) {
		if rel, err := filepath.Rel(r.cwd(), p); err == nil && !strings.HasPrefix(rel, "..") {
			return rel
		}
	}
	return p
}

// installFS adds the fs primitives to the internal object.
func (r *runner) installFS(in *goja.Object) {
	r.vfs = newVFS(r.cwd())
	r.vfs.rng = rand.New(rand.NewSource(r.opts.Seed ^ 0x7e39))
	// fsSync(op, ...args): run on the main thread, which is blocked for the cost.
	_ = in.Set("fsSync", func(c goja.FunctionCall) goja.Value {
		op := c.Argument(0).String()
		res := r.fsOp(op, c.Arguments[1:])
		r.world.Charge(res.cost)
		r.loop.Record(sim.KindAPI, r.fsLabel(op, c.Arguments[1:])+"Sync blocks the main thread for "+res.cost.String(),
			"A Sync file call runs on the main thread: nothing else (no callback, no timer) can run until it returns.")
		if res.err != nil {
			panic(r.fsErrorValue(res.err, false))
		}
		return res.val
	})
	// fsAsync(op, callback, ...args): one threadpool request; callback(err, value) in the poll phase.
	_ = in.Set("fsAsync", func(c goja.FunctionCall) goja.Value {
		return r.fsAsync("", c.Argument(0).String(), c.Argument(1), c.Arguments[2:])
	})
	_ = in.Set("shortPath", r.shortPath)
	// fsStep(purpose, op, callback, ...args): the same, as one step of a
	// bigger call, which the trace names: `fs.readFile("a.txt"): fstat(fd 18)`.
	_ = in.Set("fsStep", func(c goja.FunctionCall) goja.Value {
		return r.fsAsync(c.Argument(0).String(), c.Argument(1).String(), c.Argument(2), c.Arguments[min(3, len(c.Arguments)):])
	})
}

func (r *runner) fsAsync(purpose, op string, cbv goja.Value, args []goja.Value) goja.Value {
	cb, ok := goja.AssertFunction(cbv)
	if !ok {
		r.throwTypeError("loopviz: fsAsync wants a callback")
	}
	res := r.fsOp(op, args)
	label := r.fsLabel(op, args)
	if purpose != "" {
		// The call's name already says which file: name the request only
		// (keeping a file descriptor, which the purpose does not show).
		label = purpose + ": " + op
		if op == "read" || op == "write" || op == "close" || op == "fstat" {
			label += "(fd " + args[0].String() + ")"
		}
	}
	work := r.loop.NewEntry(sim.Entry{Kind: sim.EntryWork, Label: label})
	done := r.loop.NewEntry(sim.Entry{Kind: sim.EntryIO, Label: label + " callback", Func: r.funcName(cbv)})
	r.submitWork(work, res.cost, sim.Task{Entry: done, Fn: func() error {
		if res.err != nil {
			return r.call(cb, goja.Undefined(), r.fsErrorValue(res.err, true))
		}
		return r.call(cb, goja.Undefined(), goja.Null(), res.val)
	}})
	return goja.Undefined()
}

// cwd is process.cwd(): the main module's directory.
func (r *runner) cwd() string {
	if r.lane != nil && r.lane.cwd != "" {
		return r.lane.cwd // a worker's cwd is its process's
	}
	return filepath.Dir(r.mainFile)
}
