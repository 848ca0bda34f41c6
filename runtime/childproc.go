package runtime

import (
	"fmt"
	"path/filepath"
	"slices"
	"strconv"
	"strings"

	"github.com/dop251/goja"
	"github.com/loopviz/loopviz/sim"
)

// child_process (lib/child_process.js on top of this file). A child that
// runs node (fork, or spawn of `node script`) is a process of its own in the
// world: a lane with its own loop, runner and pid, talking to its parent
// over an IPC channel (fork) and pipes (its stdio, unless inherited). Other
// commands are never run for real: a small set is simulated (simCommands),
// as operating-system I/O in the parent's loop; anything else is an error
// that says so.

// simCommands are the commands loopviz simulates, for messages.
const simCommands = "echo, cat, sleep, true, false and node"

// Costs of child processes (docs/MODEL.md).
const (
	costSpawn       = 300 * sim.Microsecond // the parent's fork and exec
	costCommandRun  = 1 * sim.Millisecond   // a small command starting and printing
	costCommandExit = 200 * sim.Microsecond // from its output to its exit being reported
	latencyPipe     = 50 * sim.Microsecond  // a chunk through a pipe to the parent
)

// childRec is one child process, as its parent sees it.
type childRec struct {
	id      int
	pid     int
	name    string
	parent  *runner
	onEvent goja.Callable
	handle  sim.EntryID // keeps the parent alive until the exit is reported
	loop    *sim.Loop   // a node child's loop
	runner  *runner
	ipc     int           // the parent's end of the IPC channel (0 without)
	io      []sim.EntryID // a simulated command's events still to come
	exited  bool
	killed  bool
	stdin   bool // a simulated cat copying stdin: waits for its end
	// spawnSync of a node child: the parent blocks until it ends.
	sync       *sim.Loop
	syncOut    [2]strings.Builder
	syncStatus int
}

func (sh *laneShared) newChild(r *runner, name string, onEvent goja.Callable) *childRec {
	if sh.children == nil {
		sh.children = map[int]*childRec{}
	}
	sh.nextChild++
	rec := &childRec{id: sh.nextChild, pid: Pid + 1000 + sh.nextChild, parent: r, onEvent: onEvent}
	rec.name = fmt.Sprintf("child %d (%s)", rec.id, name)
	sh.children[rec.id] = rec
	return rec
}

// event calls the parent's handler for one of the child's events, in the
// parent's loop: from another loop after latency, or from the parent's own
// loop as operating-system I/O landing at `at`.
func (rec *childRec) event(from *sim.Loop, latency sim.Time, kind string, a, b any) sim.EntryID {
	p := rec.parent
	if p.loop.Done() {
		return 0
	}
	id := p.loop.NewEntry(sim.Entry{Kind: sim.EntryIO, Label: fmt.Sprintf("%s of %s", kind, rec.name)})
	task := sim.Task{Entry: id, Fn: func() error {
		if kind == "exit" {
			if rec.exited {
				return nil
			}
			rec.exited = true
			if rec.handle != 0 {
				p.loop.CloseHandle(rec.handle)
			}
		}
		return p.call(rec.onEvent, goja.Undefined(), p.rt.ToValue(kind), p.importPayload(a), p.importPayload(b))
	}}
	if from == p.loop {
		p.loop.ScheduleIO(p.loop.Now()+latency, fmt.Sprintf("%s of %s", kind, rec.name), task)
		return id
	}
	from.Send(p.loop, latency, fmt.Sprintf("%s of %s", kind, rec.name), task)
	return id
}

// installChildren adds internal.children, the Go side of child_process.
func (r *runner) installChildren(in *goja.Object) {
	rt := r.rt
	o := rt.NewObject()
	_ = in.Set("children", o)
	set := func(name string, f any) { _ = o.Set(name, f) }
	set("spawnNode", r.spawnNode)
	set("spawnCommand", r.spawnCommand)
	set("stdinWrite", func(id int, chunk string) {
		rec := r.shared.children[id]
		if rec == nil || !rec.stdin || rec.exited || rec.killed {
			return
		}
		rec.io = append(rec.io, rec.event(r.loop, latencyPipe, "stdout", chunk, nil))
	})
	set("stdinEnd", func(id int) {
		rec := r.shared.children[id]
		if rec == nil || !rec.stdin || rec.exited || rec.killed {
			return
		}
		rec.stdin = false
		rec.io = append(rec.io, rec.event(r.loop, latencyPipe, "stdout-end", nil, nil),
			rec.event(r.loop, latencyPipe, "stderr-end", nil, nil),
			rec.event(r.loop, latencyPipe+costCommandExit, "exit", int64(0), nil))
	})
	set("kill", r.killChild)
	set("ref", func(id int, ref bool) {
		if rec := r.shared.children[id]; rec != nil && !rec.exited && rec.handle != 0 {
			r.loop.SetHandleRef(rec.handle, ref)
		}
	})
	set("runSync", r.runSync)
	set("known", func(file string) bool {
		switch filepath.Base(file) {
		case "echo", "cat", "sleep", "true", "false":
			return true
		}
		return isNode(file)
	})
	set("self", func() goja.Value {
		l := r.laneOf()
		s := rt.NewObject()
		_ = s.Set("ipc", l.ipcPort)
		return s
	})
}

// commandResult is what a simulated command does.
type commandResult struct {
	stdout, stderr string
	code           int
	dur            sim.Time // from its start to its exit
	stdin          bool     // cat without files: copies stdin until it ends
}

// simulate runs one of the simulated commands; ok is false for any other.
func (r *runner) simulate(file string, args []string, input *string) (commandResult, bool) {
	switch filepath.Base(file) {
	case "echo":
		newline := "\n"
		if len(args) > 0 && args[0] == "-n" {
			args, newline = args[1:], ""
		}
		return commandResult{stdout: strings.Join(args, " ") + newline}, true
	case "true":
		return commandResult{}, true
	case "false":
		return commandResult{code: 1}, true
	case "sleep":
		var total float64
		for _, a := range args {
			n, err := strconv.ParseFloat(strings.TrimSuffix(a, "s"), 64)
			if err != nil || n < 0 {
				return commandResult{stderr: "sleep: invalid time interval '" + a + "'\nTry 'sleep --help' for more information.\n", code: 1}, true
			}
			total += n
		}
		if len(args) == 0 {
			return commandResult{stderr: "sleep: missing operand\nTry 'sleep --help' for more information.\n", code: 1}, true
		}
		return commandResult{dur: sim.Time(total * float64(sim.Second))}, true
	case "cat":
		if len(args) == 0 {
			if input != nil {
				return commandResult{stdout: *input}, true
			}
			return commandResult{stdin: true}, true
		}
		var res commandResult
		var out strings.Builder
		for _, a := range args {
			b, e := r.vfs.readAll(r.vfs.abs(a))
			if e != nil {
				res.stderr += "cat: " + a + ": No such file or directory\n"
				res.code = 1
				continue
			}
			out.Write(b)
		}
		res.stdout = out.String()
		return res, true
	}
	return commandResult{}, false
}

// spawnCommand starts a simulated command: internal.children.spawnCommand(
// file, args, onEvent) -> {id, pid}, or {unsupported: true}. Its output and
// exit reach the parent as operating-system I/O.
func (r *runner) spawnCommand(file string, args []string, onEvent goja.Callable) goja.Value {
	out := r.rt.NewObject()
	if isNode(file) {
		panic(r.newError("Error", "loopviz: spawn node through spawnNode"))
	}
	res, ok := r.simulate(file, args, nil)
	if !ok {
		_ = out.Set("unsupported", true)
		return out
	}
	rec := r.shared.newChild(r, strings.Join(append([]string{filepath.Base(file)}, args...), " "), onEvent)
	r.world.Charge(costSpawn)
	rec.handle = r.loop.OpenHandle(rec.name, "child_process.spawn()", true)
	start := costCommandRun
	if res.stdout != "" {
		rec.io = append(rec.io, rec.event(r.loop, start, "stdout", res.stdout, nil))
	}
	if res.stderr != "" {
		rec.io = append(rec.io, rec.event(r.loop, start, "stderr", res.stderr, nil))
	}
	if res.stdin {
		rec.stdin = true
	} else {
		end := start + res.dur
		rec.io = append(rec.io, rec.event(r.loop, end, "stdout-end", nil, nil),
			rec.event(r.loop, end, "stderr-end", nil, nil),
			rec.event(r.loop, end+costCommandExit, "exit", int64(res.code), nil))
	}
	_ = out.Set("id", rec.id)
	_ = out.Set("pid", rec.pid)
	return out
}

func isNode(file string) bool {
	b := filepath.Base(file)
	return b == "node" || b == "nodejs" || file == "/usr/local/bin/node"
}

// spawnNode starts a node child: internal.children.spawnNode(script, args,
// env, pipe, ipc, onEvent) -> {id, pid, ipc}. pipe sends its stdout and
// stderr to the parent's streams; otherwise it writes to the terminal.
func (r *runner) spawnNode(script string, args, env []string, pipe, ipc bool, onEvent goja.Callable) goja.Value {
	rec := r.shared.newChild(r, "node "+filepath.Base(script), onEvent)
	for _, kv := range env {
		if id, ok := strings.CutPrefix(kv, "NODE_UNIQUE_ID="); ok {
			rec.name = "cluster worker " + id
		}
	}
	r.world.Charge(costSpawn)
	rec.handle = r.loop.OpenHandle(rec.name, "child_process.fork()", true)
	r.startNodeChild(rec, script, args, env, pipe, ipc)
	out := r.rt.NewObject()
	_ = out.Set("id", rec.id)
	_ = out.Set("pid", rec.pid)
	_ = out.Set("ipc", rec.ipc)
	return out
}

// nodeArgs reads a node command line after `node`: flags up to the script
// (ignored, except -e/--eval and -p/--print, whose code is the program),
// then the script and its arguments.
func nodeArgs(argv []string) (script string, code *string, print bool, rest []string) {
	for i := 0; i < len(argv); i++ {
		a := argv[i]
		switch {
		case (a == "-e" || a == "--eval" || a == "-p" || a == "--print") && i+1 < len(argv):
			c := argv[i+1]
			return "[eval]", &c, a == "-p" || a == "--print", argv[i+2:]
		case a == "--":
			if i+1 < len(argv) {
				return argv[i+1], nil, false, argv[i+2:]
			}
			return "", nil, false, nil
		case strings.HasPrefix(a, "-"):
			continue
		}
		return a, nil, false, argv[i+1:]
	}
	return "", nil, false, nil
}

func (r *runner) startNodeChild(rec *childRec, script string, args, env []string, pipe, ipc bool) {
	var code *string
	if strings.HasPrefix(script, "-") {
		var print bool
		script, code, print, args = nodeArgs(append([]string{script}, args...))
		if code != nil && print {
			c := "console.log(eval(" + strconv.Quote(*code) + "))"
			code = &c
		}
	}
	path := script
	if !filepath.IsAbs(path) {
		path = filepath.Join(r.cwd(), path)
	}
	var src []byte
	var srcErr error
	if code != nil {
		src = []byte(*code)
	} else {
		src, srcErr = ReadSource(path)
	}
	lane := &laneInfo{main: true, cwd: r.cwd(), env: env, args: args, pid: rec.pid, ppid: r.laneOf().pidOr()}
	if ipc {
		pa, pb := r.newChannel(rec.name, "IPC channel")
		pa.ownerLoop, pa.internal = r.loop, true
		pa.latency, pb.latency = sim.LatencyIPCMessage, sim.LatencyIPCMessage
		rec.ipc = pa.id
		lane.ipcPort = pb.id
		defer func() { pb.ownerLoop = rec.loop }()
	}
	parent := r
	rec.loop = r.loop.StartLoop(sim.LaneSpec{Name: rec.name, Kind: sim.LaneProcess, Delay: sim.CostProcessStart,
		Jitter: sim.CostProcessStart / 10}, func(nl *sim.Loop) {
		cr := parent.newLaneRunner(nl, path, lane)
		rec.runner = cr
		nl.SetHost(cr)
		if pipe || rec.sync != nil {
			nl.SetOutputSink(func(s sim.Stream, text string) {
				if rec.sync != nil {
					rec.syncOut[s-1].WriteString(text)
					return
				}
				kind := "stdout"
				if s == sim.Stderr {
					kind = "stderr"
				}
				rec.event(nl, latencyPipe, kind, text, nil)
			})
		}
		clusterWorker := ipc && slices.ContainsFunc(env, func(kv string) bool { return strings.HasPrefix(kv, "NODE_UNIQUE_ID=") })
		if ipc {
			cr.loadLib("process_ipc", "node:internal/child_process/ipc")
			if clusterWorker {
				cr.builtin("cluster") // a cluster worker reports 'online' as it starts
			}
		}
		res := nl.RunProgram(func() error {
			if srcErr != nil {
				return &sim.Thrown{Value: cr.nodeError("Error", "MODULE_NOT_FOUND", "Cannot find module '"+path+"'")}
			}
			return cr.runEntry(path, src)
		})
		cr.closePorts()
		if rec.sync != nil {
			rec.syncStatus = res.ExitCode
			nl.Wake(rec.sync, latencyPipe)
			return
		}
		if clusterWorker {
			// The operating system closes a dead process's connections at
			// once; its parent hears of the exit itself later. The primary
			// holds the connections it handed this worker (see
			// lib/cluster.js), so it is told to drop them first.
			rec.event(nl, sim.LatencyThreadMessage, "died", nil, nil)
		}
		if pipe {
			rec.event(nl, latencyPipe, "stdout-end", nil, nil)
			rec.event(nl, latencyPipe, "stderr-end", nil, nil)
		}
		rec.event(nl, sim.LatencyIPCMessage, "exit", int64(res.ExitCode), nil)
	})
}

// killChild is child.kill(signal): the child ends at once; the parent gets
// 'exit' with a null code and the signal.
func (r *runner) killChild(id int, signal string) bool {
	rec := r.shared.children[id]
	if rec == nil || rec.exited || rec.killed {
		return false
	}
	rec.killed = true
	for _, e := range rec.io {
		r.loop.CancelIO(e)
	}
	rec.io = nil
	if rec.loop != nil {
		if rec.loop.Done() {
			return true // its exit is already on the way
		}
		r.loop.Kill(rec.loop, "The child process got "+signal+" and ended at once.")
		if rec.runner != nil {
			rec.runner.closePorts()
		}
	}
	rec.event(r.loop, costCommandExit, "stdout-end", nil, nil)
	rec.event(r.loop, costCommandExit, "stderr-end", nil, nil)
	rec.event(r.loop, costCommandExit, "exit", nil, signal)
	return true
}

// runSync is spawnSync's core: internal.children.runSync(file, args, input,
// env) -> {status, stdout, stderr} or {unsupported: true}. The calling
// thread is blocked for as long as the child runs.
func (r *runner) runSync(file string, args []string, input goja.Value, env []string) goja.Value {
	out := r.rt.NewObject()
	var in *string
	if input != nil && !goja.IsUndefined(input) && !goja.IsNull(input) {
		s := input.String()
		in = &s
	}
	r.world.Charge(costSpawn)
	if isNode(file) {
		if len(args) == 0 {
			_ = out.Set("unsupported", true)
			return out
		}
		rec := r.shared.newChild(r, "node "+filepath.Base(args[0]), nil)
		rec.sync = r.loop
		r.startNodeChild(rec, args[0], args[1:], env, true, false)
		if _, err := r.loop.Block(0, false, "spawnSync"); err != nil {
			r.interrupt(err)
			return out
		}
		_ = out.Set("status", rec.syncStatus)
		_ = out.Set("stdout", rec.syncOut[0].String())
		_ = out.Set("stderr", rec.syncOut[1].String())
		_ = out.Set("pid", rec.pid)
		return out
	}
	res, ok := r.simulate(file, args, in)
	if !ok {
		_ = out.Set("unsupported", true)
		return out
	}
	if res.stdin {
		res.stdin = false // no input: cat reads an empty stdin
	}
	cost := costCommandRun + res.dur + costCommandExit
	r.world.Charge(cost)
	r.loop.Record(sim.KindAPI, fmt.Sprintf("%s blocks the thread for %v", strings.Join(append([]string{filepath.Base(file)}, args...), " "), cost),
		"A Sync child_process call waits for the child to end: nothing else runs on this thread meanwhile.")
	_ = out.Set("status", res.code)
	_ = out.Set("stdout", res.stdout)
	_ = out.Set("stderr", res.stderr)
	_ = out.Set("pid", Pid+1000)
	return out
}
