package sim

import (
	"container/heap"
	"fmt"
	"iter"
	"math"
	"runtime/debug"
	"slices"
	"strings"
)

// A world holds one loop per thread of JavaScript: the main thread, each
// worker thread, each child process. Every loop has its own clock: its
// synchronous JavaScript charges its own clock only, so a worker that
// computes for 200 ms does not delay the main loop's timers, as on a real
// machine where they run on different cores.
//
// Only one loop's code runs at any moment (the model stays deterministic);
// the scheduler always runs the loop that is furthest behind in virtual time.
// The running loop keeps going while its clock is at or before the horizon,
// the earliest time any other loop wants to run at; once a charge takes it
// past the horizon it is preempted, and the loop that is now behind runs.
// A loop blocked in its poll phase (or in Atomics.wait) wants to run when its
// wait ends; a message from another loop can end the wait earlier. So the
// loops interleave in virtual-time order, within one charge of each other,
// and a message sent at time t never reaches a loop whose clock has not yet
// got to t without it noticing at the right time. docs/MODEL.md explains it.
//
// Each non-main loop runs on a coroutine (iter.Pull): its Go stack, deep
// inside its goja runtime, is kept while another loop runs. The main loop
// runs on the caller's goroutine and acts as the scheduler whenever it is
// suspended.

// LaneKind says what a loop belongs to.
type LaneKind uint8

const (
	LaneMain    LaneKind = iota // the program's main thread
	LaneThread                  // a worker thread: a loop of its own in the same process
	LaneProcess                 // a child process: fork, spawn of node, a cluster worker
)

var laneKindNames = [...]string{"main", "thread", "process"}

func (k LaneKind) String() string {
	if int(k) < len(laneKindNames) {
		return laneKindNames[k]
	}
	return fmt.Sprintf("lane(%d)", int(k))
}

// Lane describes one loop of a run, for the trace and the UI.
type Lane struct {
	ID     uint16
	Name   string // "main", "worker 1", "child 2"
	Kind   LaneKind
	Parent int  // the lane that started it; -1 for main
	Start  Time // when its code starts running
	// PoolSize is its threadpool's size as the run left it (a program may
	// set UV_THREADPOOL_SIZE itself before the first pool job).
	PoolSize int
}

// Start-up costs of a new loop: how long after new Worker() or fork() its
// code starts running. Measured with node 20 on a quiet machine (the time
// from the call to the first statement of the new script): a worker thread
// about 20-30 ms (a new V8 isolate and Node environment in the same process),
// a child process about 40-50 ms (a new process: exec, V8, bootstrap).
// docs/MODEL.md has the figures.
const (
	CostThreadStart  = 25 * Millisecond
	CostProcessStart = 45 * Millisecond
)

// Latencies of messages between loops: a postMessage to another thread is
// handed over in memory; an IPC message to a process goes through a pipe
// and is serialized as JSON.
const (
	LatencyThreadMessage = 50 * Microsecond
	LatencyIPCMessage    = 100 * Microsecond
	// LatencyStdio is how long a worker thread's console output takes to
	// reach its parent: less than a message, since node hands the parent a
	// worker's output before the messages it posted around the same time.
	LatencyStdio = 10 * Microsecond
)

// runState is where a loop stands with the scheduler.
type runState uint8

const (
	stateRunning runState = iota
	stateReady            // preempted, or not yet started: wants to run at wake
	stateWaiting          // blocked in poll or Atomics.wait until wake, unless woken earlier
	stateDone
)

// forever is the wake time of a loop that waits with nothing of its own that
// could end the wait: only another loop can.
const forever = Time(math.MaxInt64)

// killed unwinds the coroutine of a loop that is terminated.
type killed struct{}

// LaneSpec describes a loop to start.
type LaneSpec struct {
	Name  string
	Kind  LaneKind
	Delay Time // start-up cost: its code starts this long after now
	// Jitter: siblings starting within Jitter of each other may start in
	// either order (a race point); real start-up times vary by more than
	// the model's differences between them.
	Jitter Time
	Host   Host // may be nil and given later with SetHost, from inside body
	// ForwardOutput sends the loop's stdout and stderr to its parent, as a
	// worker thread's are; a child process writes to the terminal itself.
	ForwardOutput bool
}

// SetHost sets the JavaScript side of a loop (from inside its body, once its
// runtime exists).
func (l *Loop) SetHost(h Host) { l.host = h }

// ID is the loop's lane number (0 for the main thread).
func (l *Loop) ID() int { return int(l.id) }

// Name is the loop's lane name.
func (l *Loop) Name() string { return l.name }

// Now is the loop's own virtual time.
func (l *Loop) Now() Time { return l.now }

// Done reports whether the loop has ended.
func (l *Loop) Done() bool { return l.state == stateDone }

// Loop returns the loop with the given lane id, or nil.
func (w *World) Loop(id int) *Loop {
	if id < 0 || id >= len(w.loops) {
		return nil
	}
	return w.loops[id]
}

// StartLoop starts a new loop, a child of l, whose code starts spec.Delay
// from now: body runs it (usually by calling RunProgram) and must tell the
// parent when it ends. The new loop runs interleaved with the others in
// virtual-time order.
func (l *Loop) StartLoop(spec LaneSpec, body func(nl *Loop)) *Loop {
	w := l.w
	nl := newLoop(w, uint16(len(w.loops)))
	nl.host, nl.name, nl.kind, nl.parent, nl.body = spec.Host, spec.Name, spec.Kind, l, body
	nl.now = l.now + spec.Delay
	if spec.ForwardOutput {
		nl.forward = l
	}
	nl.state, nl.wake = stateReady, nl.now
	w.loops = append(w.loops, nl)
	w.Trace.Lanes = append(w.Trace.Lanes, Lane{ID: nl.id, Name: spec.Name, Kind: spec.Kind, Parent: int(l.id), Start: nl.now,
		PoolSize: nl.ThreadpoolSize()})
	w.hzOK = false
	l.record(Step{Kind: KindLifecycle, Level: LevelAPI, Label: fmt.Sprintf("start %s (its code runs from %v)", spec.Name, nl.now),
		Why: startLaneWhy(spec)})
	l.raceStart(nl, spec.Jitter)
	return nl
}

func startLaneWhy(spec LaneSpec) string {
	if spec.Kind == LaneThread {
		return "A worker thread gets an event loop, a JavaScript engine and queues of its own; it takes a while to start, and from then on runs in parallel with this one."
	}
	return "A child process is a whole new Node process with its own event loop; starting one takes longer than a worker thread. From then on it runs in parallel with this one."
}

// raceStart makes the start of nl a race point when siblings started just
// before it are still booting within jitter of its start: real start-up
// times vary, so any of them may start running first.
func (l *Loop) raceStart(nl *Loop, jitter Time) {
	w := l.w
	if jitter <= 0 {
		return
	}
	var group []*Loop
	for _, o := range w.loops {
		if o != nl && o.parent == l && o.next == nil && o.state == stateReady && nl.now-o.now <= jitter && o.now <= nl.now {
			group = append(group, o)
		}
	}
	if len(group) == 0 {
		return
	}
	slices.SortStableFunc(group, func(a, b *Loop) int { return int(a.now - b.now) })
	opts := []string{nl.name + " starts after " + group[len(group)-1].name}
	for i := len(group) - 1; i >= 0; i-- {
		opts = append(opts, nl.name+" starts before "+group[i].name)
	}
	c := w.choose(l, "which starts first: "+laneNames(append(slices.Clone(group), nl)),
		"These start within "+jitter.String()+" of each other; real start-up times vary by more than that, so any of them could start running first.", opts...)
	if c == 0 {
		return
	}
	times := make([]Time, 0, len(group)+1)
	for _, o := range group {
		times = append(times, o.now)
	}
	times = append(times, nl.now)
	order := slices.Insert(slices.Clone(group), len(group)-c, nl)
	for i, o := range order {
		o.now, o.wake = times[i], times[i]
		w.Trace.Lanes[o.id].Start = times[i]
	}
	w.hzOK = false
}

func laneNames(ls []*Loop) string {
	names := make([]string, len(ls))
	for i, o := range ls {
		names[i] = o.name
	}
	return strings.Join(names, ", ")
}

// others reports whether any loop other than l has not ended.
func (w *World) others(l *Loop) bool {
	for _, o := range w.loops {
		if o != l && o.state != stateDone {
			return true
		}
	}
	return false
}

// horizon is the earliest time another loop wants to run at.
func (w *World) horizon() Time {
	if !w.hzOK {
		h := forever
		for _, o := range w.loops {
			if o != w.cur && (o.state == stateReady || o.state == stateWaiting) && o.wake < h {
				h = o.wake
			}
		}
		w.hz, w.hzOK = h, true
	}
	return w.hz
}

// Charge advances the loop's clock by the cost of synchronous work,
// delivering threadpool completions and I/O events that fall due meanwhile.
// When the clock passes another loop's next moment, that loop runs first.
func (l *Loop) Charge(d Time) {
	l.now += d
	if len(l.w.loops) > 1 && l == l.w.cur && l.now > l.w.horizon() {
		l.suspend(stateReady, l.now)
	}
	l.catchUp()
}

// suspend gives up the running loop's turn until the scheduler picks it
// again, at its wake time at the latest.
func (l *Loop) suspend(st runState, wake Time) {
	w := l.w
	l.state, l.wake = st, wake
	w.hzOK = false
	if l == w.main {
		w.runOthers()
	} else if !l.yield(struct{}{}) || l.killed {
		panic(killed{})
	}
	l.resumed()
}

// resumed is the bookkeeping of a loop getting its turn.
func (l *Loop) resumed() {
	w := l.w
	w.cur = l
	w.hzOK = false
	l.state = stateRunning
	if l.wake != forever && l.wake > l.now {
		l.now = l.wake
	}
}

// runOthers is the scheduler, run on the main goroutine while the main loop
// is suspended: it gives turns to other loops until the main loop is the one
// furthest behind.
func (w *World) runOthers() {
	for {
		next := w.pick()
		if next == w.main {
			return
		}
		next.resume()
	}
}

// pick is the loop to run next: the one with the earliest wake time. Loops
// due at the same moment are a race point. When every loop waits forever,
// nothing can wake any of them: the main loop gets its turn to say so.
func (w *World) pick() *Loop {
	if w.halt != nil {
		return w.main
	}
	best := forever
	var tied []*Loop
	for _, o := range w.loops {
		if o.state != stateReady && o.state != stateWaiting {
			continue
		}
		switch {
		case o.wake < best:
			best, tied = o.wake, append(tied[:0], o)
		case o.wake == best:
			tied = append(tied, o)
		}
	}
	if best == forever {
		w.main.deadlock = true
		return w.main
	}
	if len(tied) == 1 {
		return tied[0]
	}
	opts := make([]string, len(tied))
	for i, o := range tied {
		opts[i] = o.name + " first"
	}
	c := w.choose(tied[0], fmt.Sprintf("%s at %v", laneNames(tied), best),
		"These loops run in parallel and each has something to do at the same virtual time; on a real machine either could get there first.", opts...)
	// The others get there a hair later, so the chosen loop's next callback
	// (its output, its message) comes first whatever it costs to start.
	for i, o := range tied {
		if i != c {
			o.wake += TieLead
		}
	}
	return tied[c]
}

// TieLead is how far ahead the loop chosen at a tie between loops gets: a
// callback's worth of work, so that the choice decides which loop's next
// callback runs first.
const TieLead = 100 * Microsecond

// resume runs a non-main loop until it suspends or ends.
func (l *Loop) resume() {
	w := l.w
	if l.next == nil {
		l.next, l.stop = iter.Pull(func(yield func(struct{}) bool) {
			l.yield = yield
			defer func() {
				if p := recover(); p != nil {
					if _, ok := p.(killed); !ok {
						l.panicked = fmt.Sprintf("%v (in %s)\n%s", p, l.name, debug.Stack())
					}
				}
				l.state = stateDone
				w.hzOK = false
			}()
			l.resumed()
			l.body(l)
		})
	}
	l.next()
	if p := l.panicked; p != "" {
		l.panicked = ""
		panic(p)
	}
}

// waitUntil blocks the loop in its poll phase until t (forever: until
// another loop sends it something). It reports false when every loop waits
// forever.
func (l *Loop) waitUntil(t Time) bool {
	l.suspend(stateWaiting, t)
	if l.deadlock {
		l.deadlock = false
		return false
	}
	return true
}

// Send hands an event to loop to (a message, a worker's exit): it lands there
// latency from now and its callback runs in that loop's poll phase. It
// reports false when that loop has ended.
func (l *Loop) Send(to *Loop, latency Time, what string, t Task) bool {
	if to.state == stateDone || to.killed {
		return false
	}
	if to == l {
		l.ScheduleIO(l.now+latency, what, t)
		return true
	}
	at := l.now + latency
	if e := l.w.Trace.Entry(t.Entry); e.Origin == "" {
		e.Origin = "sent by " + l.name
	}
	q := &to.io
	q.seq++
	heap.Push(&q.future, ioEvent{at: at, seq: q.seq, task: t, what: what})
	to.recordAt(Step{Kind: KindIOStart, Level: LevelAPI, Entry: t.Entry, Queue: QueueIO, Arg: int64(at),
		Label: fmt.Sprintf("%s in flight until %v", what, at),
		Why:   fmt.Sprintf("%s sent this; it reaches this loop at %v and its callback runs in the poll phase.", l.name, at)}, l.now)
	if to.state == stateWaiting && !to.blocked && at < to.wake {
		to.wake = max(at, to.now)
		l.w.hzOK = false
	}
	return true
}

// Block blocks the running loop's thread in synchronous code (Atomics.wait)
// until virtual time until, or for good when bounded is false, unless another
// loop wakes it with Wake first. It reports whether it was woken; err is a
// Stop when every loop is blocked for good.
func (l *Loop) Block(until Time, bounded bool, what string) (woken bool, err error) {
	wake := forever
	if bounded {
		wake = max(until, l.now)
	}
	from := l.now
	l.blocked, l.woken = true, false
	ok := l.waitUntil(wake)
	l.blocked = false
	if !ok {
		l.record(Step{Kind: KindStop, Label: "blocked forever",
			Why: "This thread waits to be woken, but every other loop is waiting too: nothing can ever wake it."})
		return false, &Stop{Reason: "idle", Message: fmt.Sprintf("%s is blocked forever in %s: every loop is waiting and none can wake it; node would hang here", l.name, what)}
	}
	if l.w.halt != nil {
		return false, l.w.halt
	}
	how := "timed out"
	if l.woken {
		how = "woken"
	}
	l.record(Step{Kind: KindClock, Arg: int64(l.now - from),
		Label: fmt.Sprintf("%s blocked %v (%s)", what, l.now-from, how),
		Why:   "The thread was blocked in synchronous code: its event loop could not run anything meanwhile."})
	l.catchUp()
	return l.woken, nil
}

// Wake ends another loop's Block, latency from now. It reports whether that
// loop was blocked.
func (l *Loop) Wake(to *Loop, latency Time) bool {
	if to.state != stateWaiting || !to.blocked || to.woken {
		return false
	}
	to.woken = true
	to.wake = max(l.now+latency, to.now)
	l.w.hzOK = false
	return true
}

// Kill ends a loop at once (worker.terminate(), or the end of the main
// process): no more of its code runs.
func (l *Loop) Kill(to *Loop, why string) {
	if to.state == stateDone || to == to.w.main {
		return
	}
	to.killed = true
	to.recordAt(Step{Kind: KindLifecycle, Phase: PhaseExit, Label: to.name + " terminated", Why: why}, l.now)
	if to.next != nil {
		to.stop()
	}
	to.state = stateDone
	l.w.hzOK = false
	l.w.cur = l
}

// endAll ends every loop still running when the main loop has ended.
func (w *World) endAll() {
	for _, o := range w.loops[1:] {
		if o.state != stateDone {
			w.main.Kill(o, "The main process ended, and its worker threads with it.")
		}
	}
}

// RunWorkerProgram runs a worker thread's program. Unlike a process's main
// module, a worker's script runs inside its event loop: node hands it over
// as a message, so it runs as a poll-phase callback of the first iteration
// (and a setImmediate it queues beats its setTimeout(f, 0), every time).
func (l *Loop) RunWorkerProgram(main func() error) Result {
	return l.RunProgram(func() error {
		id := l.NewEntry(Entry{Kind: EntryIO, Label: "the worker's script"})
		l.ScheduleIO(l.now, "the worker's script", Task{Entry: id, Fn: main})
		return nil
	})
}

// exitNoun names what ends when the loop's program ends.
func (l *Loop) exitNoun() string {
	if l.kind == LaneMain {
		return "process"
	}
	return l.name
}

func (l *Loop) exitWhy() string {
	switch l.kind {
	case LaneThread:
		return "Nothing is left to run on this worker thread: it stops, and its parent gets an 'exit' event."
	case LaneProcess:
		return "Nothing is left to run in this child process: it ends with process.exitCode, and its parent gets 'exit'."
	}
	return "Nothing is left to run: the process ends with process.exitCode."
}
