package runtime

import (
	"fmt"
	"math"
	"path/filepath"
	"slices"

	"github.com/dop251/goja"
	"github.com/loopviz/loopviz/sim"
)

// Worker threads (lib/worker_threads.js on top of this file). Each Worker is
// a loop of its own in the world (sim/lanes.go) with a runner of its own: a
// fresh goja runtime, module cache, process object and queues. Values cross
// between runtimes as text (lib/worker_threads.js serializes them under the
// structured-clone rules) or, for primitives, as Go values; the only memory
// two threads share is a SharedArrayBuffer's bytes.

// laneInfo says which thread of the run a runner is.
type laneInfo struct {
	main       bool
	threadID   int
	cwd        string
	parentPort int // a worker's end of its channel to the parent
	dataIsText bool
	workerData any
	env        []string
	worker     *workerRec // a worker thread's record, shared with its parent
	args       []string   // a child process's arguments (process.argv after the script)
	pid, ppid  int        // a child process's ids (0: the run's own)
	ipcPort    int        // a forked child's end of its IPC channel

	sabIDs  map[*goja.Object]int // this runtime's SharedArrayBuffer objects
	sabObjs map[int]*goja.Object
	codec   goja.Callable // lib/worker_threads.js's encode, for reporting errors

	objProto *goja.Object // Object.prototype, for the fast clone
}

// laneShared is what every runner of a run shares.
type laneShared struct {
	ports      map[int]*msgPort // lookups only
	nextPort   int
	sabs       map[int][]byte
	waiters    []*atomicsWaiter // FIFO, as Atomics.notify wakes them
	nextThread int
	workers    map[int]*workerRec // lookups only
	children   map[int]*childRec  // lookups only
	nextChild  int
	nextToken  int         // Atomics.waitAsync waiters
	zlibCoders []zlibCoder // every thread's zlib streams, stopped when the run ends
}

// pidOr is the lane's process id.
func (l *laneInfo) pidOr() int {
	if l.pid != 0 {
		return l.pid
	}
	return Pid
}

func newLaneShared() *laneShared {
	return &laneShared{ports: map[int]*msgPort{}, sabs: map[int][]byte{}, workers: map[int]*workerRec{}}
}

// msgPort is one end of a MessageChannel (a Worker and its parentPort are
// the two ends of one too).
type msgPort struct {
	id, peer  int
	name      string
	owner     *runner   // the runtime holding it; nil while it is being transferred
	ownerLoop *sim.Loop // the loop its messages land in
	deliver   goja.Callable
	onClose   goja.Callable
	internal  bool     // a Worker's end: the Worker object keeps the loop alive, not the port
	latency   sim.Time // how long a message takes to arrive (0: a thread's)
	started   bool
	ref       bool
	closed    bool // no more messages are delivered
	closeSent bool // its 'close' is on its way
	handle    sim.EntryID
	pending   []portMsg // messages that arrived while it was being transferred
}

type portMsg struct {
	isText  bool
	payload any
}

// workerRec is one worker thread, as its parent sees it.
type workerRec struct {
	threadID    int
	name        string
	loop        *sim.Loop
	parent      *runner
	runner      *runner // the worker's own runner, once it has started
	handle      sim.EntryID
	onEvent     goja.Callable
	exited      bool
	terminating bool
}

type atomicsWaiter struct {
	sab, index int
	loop       *sim.Loop
	// Atomics.waitAsync: notify resolves the promise in the waiter's loop.
	owner   *runner
	resolve goja.Callable
	token   int
}

// Costs of the worker API on the calling thread (docs/MODEL.md).
const (
	costPostMessage = 2 * sim.Microsecond // serializing and queueing a small message
	costSpawnWorker = 200 * sim.Microsecond
	latencyNotify   = 10 * sim.Microsecond // Atomics.notify until the waiter runs again
	// costWorkerLoad is a new thread reading and compiling its script after
	// it has told its parent it is online: node's 'online' comes before
	// anything the worker's code prints.
	costWorkerLoad = 500 * sim.Microsecond
)

// undefinedPayload stands for undefined when a primitive crosses runtimes
// (goja exports both null and undefined as nil).
type undefinedPayload struct{}

func exportPayload(v goja.Value) any {
	if v == nil || goja.IsUndefined(v) {
		return undefinedPayload{}
	}
	return v.Export()
}

func (r *runner) importPayload(v any) goja.Value {
	switch v.(type) {
	case *cloneObj, *cloneArr:
		return r.importClone(v)
	case undefinedPayload:
		return goja.Undefined()
	case nil:
		return goja.Null()
	}
	return r.rt.ToValue(v)
}

func init() {
	lazyGlobals = append(lazyGlobals,
		lazyGlobal{name: "SharedArrayBuffer", lib: atomicsLib, export: "SharedArrayBuffer"},
		lazyGlobal{name: "Atomics", lib: atomicsLib, export: "Atomics"},
		lazyGlobal{name: "MessageChannel", lib: workerThreadsLib, export: "MessageChannel", accessor: true},
		lazyGlobal{name: "MessagePort", lib: workerThreadsLib, export: "MessagePort", accessor: true},
		lazyGlobal{name: "BroadcastChannel", lib: workerThreadsLib, export: "BroadcastChannel", accessor: true},
	)
}

func atomicsLib(r *runner) *goja.Object       { return r.libOnce("atomics") }
func workerThreadsLib(r *runner) *goja.Object { return r.builtin("worker_threads").(*goja.Object) }

// laneOf is the runner's lane, made on first use for the main thread.
func (r *runner) laneOf() *laneInfo {
	if r.lane == nil {
		r.lane = &laneInfo{main: true}
	}
	if r.shared == nil {
		r.shared = newLaneShared()
	}
	if r.lane.sabIDs == nil {
		r.lane.sabIDs = map[*goja.Object]int{}
		r.lane.sabObjs = map[int]*goja.Object{}
	}
	return r.lane
}

// installWorkers adds internal.workers, the Go side of worker_threads,
// SharedArrayBuffer and Atomics.
func (r *runner) installWorkers(in *goja.Object) {
	rt := r.rt
	o := rt.NewObject()
	_ = in.Set("workers", o)
	set := func(name string, f any) { _ = o.Set(name, f) }
	set("atomicsLib", func() goja.Value { return atomicsLib(r) })
	set("unsupported", func(what string) goja.Value { return r.unsupportedError(what) })
	set("self", func() goja.Value {
		l := r.laneOf()
		s := rt.NewObject()
		_ = s.Set("isMainThread", l.main)
		_ = s.Set("threadId", l.threadID)
		_ = s.Set("parentPort", l.parentPort)
		_ = s.Set("dataIsText", l.dataIsText)
		_ = s.Set("workerData", r.importPayload(l.workerData))
		return s
	})
	set("setCodec", func(fn goja.Callable) { r.laneOf().codec = fn })
	set("newChannel", func() goja.Value {
		a, b := r.newChannel("MessagePort", "MessagePort")
		a.ownerLoop, b.ownerLoop = r.loop, r.loop
		return rt.NewArray(a.id, b.id)
	})
	set("portBind", func(id int, obj *goja.Object, deliver, onClose goja.Callable) { r.portBind(id, deliver, onClose) })
	set("portPost", func(id int, isText bool, payload goja.Value) { r.portPost(id, isText, exportPayload(payload)) })
	// portPostFast posts a plain value cloned in Go; false: it needs the
	// full structured clone.
	set("portPostFast", func(id int, value goja.Value) bool {
		c, ok := r.fastClone(value)
		if ok {
			r.portPost(id, false, c)
		}
		return ok
	})
	set("portRedeliver", func(id int, isText bool, payload goja.Value) {
		// Messages queued before the port started: delivered from the poll
		// phase, one callback each, as if they had just arrived.
		p := r.shared.ports[id]
		if p != nil {
			r.sendToPort(p, isText, exportPayload(payload), 0)
		}
	})
	set("portStart", func(id int, keepAlive bool) { r.portStart(id, keepAlive) })
	set("portRef", func(id int, ref bool) { r.portRef(id, ref) })
	set("portHasRef", func(id int) bool {
		p := r.shared.ports[id]
		return p != nil && p.handle != 0 && p.ref && !p.closed
	})
	set("portClose", func(id int) { r.portClose(id) })
	set("portTransfer", func(id int) int {
		p := r.shared.ports[id]
		if p == nil || p.closed {
			panic(r.nodeError("Error", "ERR_INVALID_STATE", "MessagePort was found in message but not listed in transferList"))
		}
		r.closeHandleOf(p)
		p.owner, p.ownerLoop, p.deliver, p.onClose, p.started = nil, nil, nil, nil, false
		return id
	})
	set("spawnWorker", r.spawnWorker)
	set("terminate", func(tid int) { r.terminateWorker(tid) })
	set("workerRef", func(tid int, ref bool) {
		if rec := r.shared.workers[tid]; rec != nil && !rec.exited && rec.handle != 0 {
			r.loop.SetHandleRef(rec.handle, ref)
		}
	})
	set("sabNew", func(n int64, proto *goja.Object) goja.Value {
		sh := r.shared
		id := len(sh.sabs) + 1
		sh.sabs[id] = make([]byte, n)
		return r.sabObject(id, proto)
	})
	set("sabGet", func(id int, proto *goja.Object) goja.Value { return r.sabObject(id, proto) })
	set("sabID", func(v goja.Value) int {
		obj, ok := v.(*goja.Object)
		if !ok {
			return 0
		}
		return r.laneOf().sabIDs[obj]
	})
	set("sabLength", func(v goja.Value) int {
		obj, ok := v.(*goja.Object)
		if id := r.laneOf().sabIDs[obj]; ok && id != 0 {
			return len(r.shared.sabs[id])
		}
		panic(r.newError("TypeError", "Method SharedArrayBuffer.prototype.byteLength called on incompatible receiver "+r.receivedDesc(v)))
	})
	set("atomicsWait", r.atomicsWait)
	// atomicsWaitAsync(id, byteIndex, resolve) -> token: a waiter that
	// does not block; Atomics.notify resolves it. atomicsCancelAsync(token)
	// withdraws it (its timeout) and reports whether it was still waiting.
	set("atomicsWaitAsync", func(id, index int, resolve goja.Callable) int {
		sh := r.shared
		sh.nextToken++
		sh.waiters = append(sh.waiters, &atomicsWaiter{sab: id, index: index, loop: r.loop, owner: r, resolve: resolve, token: sh.nextToken})
		return sh.nextToken
	})
	set("atomicsCancelAsync", func(token int) bool {
		sh := r.shared
		i := slices.IndexFunc(sh.waiters, func(w *atomicsWaiter) bool { return w.token == token && w.resolve != nil })
		if i < 0 {
			return false
		}
		sh.waiters = slices.Delete(sh.waiters, i, i+1)
		return true
	})
	set("atomicsNotify", r.atomicsNotify)
	set("codec", func() goja.Value { return r.builtin("worker_threads").ToObject(rt).Get("__codec") })
	r.installChildren(in)
}

// sabObject is this runtime's object for shared buffer id: an ArrayBuffer
// over the shared bytes, with SharedArrayBuffer's prototype.
func (r *runner) sabObject(id int, proto *goja.Object) goja.Value {
	l := r.laneOf()
	if obj, ok := l.sabObjs[id]; ok {
		return obj
	}
	obj := r.rt.ToValue(r.rt.NewArrayBuffer(r.shared.sabs[id])).(*goja.Object)
	_ = obj.SetPrototype(proto)
	l.sabIDs[obj] = id
	l.sabObjs[id] = obj
	return obj
}

func (r *runner) newChannel(nameA, nameB string) (*msgPort, *msgPort) {
	sh := r.shared
	sh.nextPort += 2
	a := &msgPort{id: sh.nextPort - 1, peer: sh.nextPort, name: nameA, owner: r, ref: true}
	b := &msgPort{id: sh.nextPort, peer: sh.nextPort - 1, name: nameB, ref: true}
	sh.ports[a.id], sh.ports[b.id] = a, b
	return a, b
}

func (r *runner) portBind(id int, deliver, onClose goja.Callable) {
	p := r.shared.ports[id]
	if p == nil {
		return
	}
	p.owner, p.ownerLoop, p.deliver, p.onClose = r, r.loop, deliver, onClose
	if p.name == "MessagePort" {
		p.name = fmt.Sprintf("MessagePort #%d", p.id)
	}
	pending := p.pending
	p.pending = nil
	for _, m := range pending {
		r.sendToPort(p, m.isText, m.payload, 0)
	}
}

func (r *runner) portPost(id int, isText bool, payload any) {
	sh := r.shared
	p := sh.ports[id]
	if p == nil || p.closed {
		return
	}
	r.world.Charge(costPostMessage)
	peer := sh.ports[p.peer]
	if peer == nil || peer.closed {
		return
	}
	if peer.ownerLoop == nil {
		peer.pending = append(peer.pending, portMsg{isText, payload})
		return
	}
	lat := p.latency
	if lat == 0 {
		lat = sim.LatencyThreadMessage
	}
	r.sendToPort(peer, isText, payload, lat)
}

// sendToPort queues a message for port p: it lands in p's loop after latency
// and is delivered there from the poll phase, one callback per message.
func (r *runner) sendToPort(p *msgPort, isText bool, payload any, latency sim.Time) {
	to := p.ownerLoop
	if to == nil {
		p.pending = append(p.pending, portMsg{isText, payload})
		return
	}
	label := "'message' on " + p.name
	id := to.NewEntry(sim.Entry{Kind: sim.EntryIO, Label: label})
	r.loop.Send(to, latency, "a message for "+p.name, sim.Task{Entry: id, Fn: func() error {
		o := p.owner
		if p.closed {
			return nil
		}
		if o == nil || p.deliver == nil {
			// Not bound yet (a worker whose script has not required
			// worker_threads so far): it waits for the port.
			p.pending = append(p.pending, portMsg{isText, payload})
			return nil
		}
		return o.call(p.deliver, goja.Undefined(), o.rt.ToValue(isText), o.importPayload(payload))
	}})
}

func (r *runner) portStart(id int, keepAlive bool) {
	p := r.shared.ports[id]
	if p == nil || p.closed || p.owner == nil {
		return
	}
	p.started = true
	if keepAlive && p.handle == 0 {
		p.handle = p.ownerLoop.OpenHandle(p.name, "port.on('message')", p.ref)
	}
}

func (r *runner) portRef(id int, ref bool) {
	p := r.shared.ports[id]
	if p == nil || p.closed {
		return
	}
	p.ref = ref
	if p.handle != 0 {
		p.ownerLoop.SetHandleRef(p.handle, ref)
	}
}

func (r *runner) closeHandleOf(p *msgPort) {
	if p.handle != 0 && p.ownerLoop != nil && !p.ownerLoop.Done() {
		p.ownerLoop.CloseHandle(p.handle)
	}
	p.handle = 0
}

// portClose closes a port and its peer: both emit 'close', and neither
// keeps its loop alive any more.
func (r *runner) portClose(id int) {
	sh := r.shared
	p := sh.ports[id]
	if p == nil || p.closed {
		return
	}
	p.closed = true
	r.notifyClose(p)
	if q := sh.ports[p.peer]; q != nil && !q.closed {
		r.notifyClose(q)
	}
}

// notifyClose closes a port in its own loop: messages sent to it before
// still arrive first, then it stops keeping the loop alive and emits 'close'.
func (r *runner) notifyClose(q *msgPort) {
	to := q.ownerLoop
	if to == nil || to.Done() || q.closeSent {
		q.closed = true
		return
	}
	q.closeSent = true
	id := to.NewEntry(sim.Entry{Kind: sim.EntryIO, Label: "'close' on " + q.name})
	// The close travels behind the messages already sent.
	lat := max(q.latency, sim.LatencyThreadMessage)
	r.loop.Send(to, lat, q.name+" closed", sim.Task{Entry: id, Fn: func() error {
		q.closed = true
		q.owner.closeHandleOf(q)
		if q.onClose == nil {
			return nil
		}
		return q.owner.call(q.onClose, goja.Undefined())
	}})
}

// closePorts closes every port a finished thread held: their peers emit
// 'close' and stop keeping their loops alive.
func (r *runner) closePorts() {
	sh := r.shared
	ids := make([]int, 0)
	for id, p := range sh.ports {
		if p.owner == r && !p.closed {
			ids = append(ids, id)
		}
	}
	slices.Sort(ids)
	for _, id := range ids {
		p := sh.ports[id]
		p.closed = true
		p.handle = 0
		if q := sh.ports[p.peer]; q != nil && !q.closed {
			r.notifyClose(q)
		}
	}
}

// spawnWorker is new Worker(): internal.workers.spawnWorker(spec, isEval,
// dataIsText, workerData, env, argv, name, onEvent) -> {threadId, port}.
func (r *runner) spawnWorker(c goja.FunctionCall) goja.Value {
	rt := r.rt
	spec := c.Argument(0).String()
	isEval := c.Argument(1).ToBoolean()
	onEvent, ok := goja.AssertFunction(c.Argument(7))
	if !ok {
		r.throwTypeError("loopviz: spawnWorker wants a callback")
	}
	sh := r.shared
	sh.nextThread++
	tid := sh.nextThread
	file, src, srcErr := r.workerSource(spec, isEval)
	env := r.env
	if e, ok := c.Argument(4).Export().([]any); ok {
		env = nil
		for _, kv := range e {
			env = append(env, fmt.Sprint(kv))
		}
	}
	lane := &laneInfo{threadID: tid, cwd: r.cwd(), dataIsText: c.Argument(2).ToBoolean(), workerData: exportPayload(c.Argument(3)), env: env}
	name := fmt.Sprintf("worker %d", tid)
	if n := c.Argument(6).String(); n != "" {
		name = fmt.Sprintf("worker %d (%s)", tid, n)
	}
	rec := &workerRec{threadID: tid, name: name, parent: r, onEvent: onEvent}
	lane.worker = rec
	sh.workers[tid] = rec
	r.world.Charge(costSpawnWorker)
	pa, pb := r.newChannel(name, "parentPort")
	pa.ownerLoop, pa.internal = r.loop, true
	lane.parentPort = pb.id
	rec.handle = r.loop.OpenHandle("Worker "+itoa(tid), "new Worker()", true)
	parent := r
	rec.loop = r.loop.StartLoop(sim.LaneSpec{Name: name, Kind: sim.LaneThread, Delay: sim.CostThreadStart,
		Jitter: sim.CostThreadStart / 10, ForwardOutput: true}, func(nl *sim.Loop) {
		wr := parent.newLaneRunner(nl, file, lane)
		rec.runner = wr
		nl.SetHost(workerHost{wr})
		rec.event(nl, "online", nil, nil, nil)
		nl.Charge(costWorkerLoad)
		res := nl.RunWorkerProgram(func() error {
			if srcErr != nil {
				return &sim.Thrown{Value: srcErr(wr)}
			}
			return wr.runEntry(file, src)
		})
		wr.closePorts()
		rec.event(nl, "exit", res.ExitCode, nil, nil)
	})
	pb.ownerLoop = rec.loop
	out := rt.NewObject()
	_ = out.Set("threadId", tid)
	_ = out.Set("port", pa.id)
	return out
}

// workerSource finds a worker's code: the file named (relative paths from
// process.cwd(), as node resolves them), or the code itself with eval.
func (r *runner) workerSource(spec string, isEval bool) (string, []byte, func(*runner) goja.Value) {
	if isEval {
		return filepath.Join(r.cwd(), "[worker eval]"), []byte(spec), nil
	}
	path := spec
	if !filepath.IsAbs(path) {
		path = filepath.Join(r.cwd(), path)
	}
	src, err := ReadSource(path)
	if err != nil {
		return path, nil, func(wr *runner) goja.Value {
			e := wr.nodeError("Error", "MODULE_NOT_FOUND", "Cannot find module '"+path+"'")
			return e
		}
	}
	return path, src, nil
}

// newLaneRunner makes the runner of a new thread of this run.
func (r *runner) newLaneRunner(l *sim.Loop, file string, lane *laneInfo) *runner {
	opts := r.opts
	opts.Seed = r.opts.Seed + int64(l.ID())*7919
	opts.Env = lane.env
	opts.Args = lane.args
	nr := allocRunner(opts, file)
	nr.world, nr.loop, nr.lane, nr.shared = r.world, l, lane, r.shared
	nr.setupEngine()
	nr.vfs = r.vfs // one file system per machine
	if lane.pid != 0 {
		_ = nr.process.Set("pid", lane.pid)
		_ = nr.process.Set("ppid", lane.ppid)
	}
	return nr
}

// event sends one of the Worker object's events to the parent: 'online',
// 'error' (a serialized error), 'exit' (the code).
func (rec *workerRec) event(from *sim.Loop, kind string, a, b any, after func()) {
	p := rec.parent
	if p.loop.Done() {
		return
	}
	id := p.loop.NewEntry(sim.Entry{Kind: sim.EntryIO, Label: fmt.Sprintf("'%s' of %s", kind, rec.name)})
	from.Send(p.loop, sim.LatencyThreadMessage, fmt.Sprintf("%s's '%s'", rec.name, kind), sim.Task{Entry: id, Fn: func() error {
		if kind == "exit" {
			if rec.exited {
				return nil
			}
			rec.exited = true
			if rec.handle != 0 {
				p.loop.CloseHandle(rec.handle)
			}
		}
		if after != nil {
			after()
		}
		return p.call(rec.onEvent, goja.Undefined(), p.rt.ToValue(kind), p.importPayload(a), p.importPayload(b))
	}})
}

// terminateWorker is worker.terminate(): the thread stops at once, without
// its 'exit' listeners, and the parent gets 'exit' with code 1.
func (r *runner) terminateWorker(tid int) {
	rec := r.shared.workers[tid]
	if rec == nil || rec.exited || rec.terminating || rec.loop.Done() {
		return
	}
	rec.terminating = true
	r.loop.Kill(rec.loop, "worker.terminate() stops the thread as soon as it can: nothing more of its code runs, not even its 'exit' listeners.")
	// Code 1 for a thread stopped while running; node reports 0 for one
	// stopped before it started.
	code := int64(0)
	if rec.runner != nil {
		code = 1
		rec.runner.closePorts()
	}
	rec.event(r.loop, "exit", code, nil, nil)
}

// workerHost is a worker thread's side of the model: like the main thread's,
// except that an uncaught error goes to the parent as the Worker's 'error'
// event instead of being printed.
type workerHost struct{ *runner }

func (h workerHost) ReportFatal(err sim.Value) {
	r := h.runner
	rec := r.lane.worker
	v, _ := err.(goja.Value)
	if v == nil {
		v = goja.Undefined()
	}
	r.fixError(v)
	l := r.laneOf()
	if l.codec == nil {
		r.builtin("worker_threads")
	}
	var isText bool
	var payload any
	if l.codec != nil {
		if ex := r.rt.Try(func() {
			res, e := l.codec(goja.Undefined(), v)
			r.rethrow(e)
			arr := res.ToObject(r.rt)
			isText = arr.Get("0").ToBoolean()
			payload = exportPayload(arr.Get("1"))
		}); ex != nil {
			isText, payload = false, r.str(v)
		}
	}
	rec.event(r.loop, "error", isText, payload, nil)
}

// atomicsWait is Atomics.wait once the value matched: the thread blocks in
// virtual time until notified or timed out.
func (r *runner) atomicsWait(id, index int, ms float64) string {
	sh := r.shared
	w := &atomicsWaiter{sab: id, index: index, loop: r.loop}
	sh.waiters = append(sh.waiters, w)
	bounded := !math.IsInf(ms, 1) && ms < float64(math.MaxInt64/int64(sim.Millisecond)/2)
	until := r.loop.Now()
	if bounded {
		until += sim.Time(ms * float64(sim.Millisecond))
	}
	what := "Atomics.wait"
	label := "Atomics.wait blocks " + r.loop.Name() + " until notified"
	if bounded {
		label += " or " + (until - r.loop.Now()).String() + " pass"
	}
	r.loop.Record(sim.KindAPI, label,
		"Atomics.wait blocks the whole thread, event loop included, until another thread calls Atomics.notify on the same place in shared memory.")
	woken, err := r.loop.Block(until, bounded, what)
	if i := slices.Index(sh.waiters, w); i >= 0 {
		sh.waiters = slices.Delete(sh.waiters, i, i+1)
	}
	if err != nil {
		r.interrupt(err)
		return "timed-out"
	}
	if woken {
		return "ok"
	}
	return "timed-out"
}

// atomicsNotify wakes up to count (all when negative) threads waiting on the
// place, oldest first, and returns how many it woke.
func (r *runner) atomicsNotify(id, index, count int) int {
	sh := r.shared
	n := 0
	for i := 0; i < len(sh.waiters) && (count < 0 || n < count); {
		w := sh.waiters[i]
		if w.sab == id && w.index == index && w.resolve != nil {
			sh.waiters = slices.Delete(sh.waiters, i, i+1)
			n++
			o, resolve := w.owner, w.resolve
			e := w.loop.NewEntry(sim.Entry{Kind: sim.EntryIO, Label: "Atomics.waitAsync resolves 'ok'"})
			r.loop.Send(w.loop, latencyNotify, "Atomics.notify", sim.Task{Entry: e, Fn: func() error {
				return o.call(resolve, goja.Undefined(), o.rt.ToValue("ok"))
			}})
			continue
		}
		if w.sab == id && w.index == index && r.loop.Wake(w.loop, latencyNotify) {
			sh.waiters = slices.Delete(sh.waiters, i, i+1)
			n++
			continue
		}
		i++
	}
	r.loop.Record(sim.KindAPI, fmt.Sprintf("Atomics.notify wakes %d waiting thread(s)", n),
		"Threads blocked in Atomics.wait on this place in shared memory start running again.")
	return n
}
