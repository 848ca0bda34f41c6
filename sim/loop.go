package sim

import (
	"errors"
	"fmt"
	"strings"
)

// Task is a callback the loop will call: the JavaScript function behind it is
// wrapped by the runtime. Fn returns a *Thrown when the callback threw.
type Task struct {
	Entry EntryID
	Fn    func() error
}

// Loop is one event loop: Node's main thread (or, later, a worker's).
type Loop struct {
	w     *World
	id    uint16
	now   Time // this loop's clock (see lanes.go)
	host  Host
	phase Phase
	iter  int32
	nowMs int64 // libuv's cached loop time, in whole milliseconds

	ticks fifo[Task]
	micro fifo[Task]

	timers     timerQueue
	immediates immediateQueue
	pending    fifo[Task] // pending-callbacks phase
	closing    fifo[Task]
	io         ioQueue // I/O events in flight and completions ready for poll
	pool       *threadpool
	handles    int // ref'd open handles other than timers and immediates (servers, sockets)
	handleRefs map[EntryID]*handleState
	levels     map[EntryID]int64 // streams' last recorded buffer levels

	rejections rejectionTracker

	streamReady [3]bool // stdout/stderr set up (the first write pays for it)

	depth      int     // how many JavaScript callbacks are on the Go stack
	running    EntryID // the outermost callback running
	stmtSteps  int     // statement steps recorded in the current callback
	draining   Queue
	inTicks    bool  // inside processTicksAndRejections
	drainCount int64 // callbacks run by the current drain
	drainStart Time

	exitCode int
	exiting  bool // process._exiting: 'exit' is being or has been emitted
	stopped  bool // process.exit() or a fatal error: no more JavaScript runs
	done     bool // RunProgram returned

	// The loop's lane (lanes.go).
	name     string
	kind     LaneKind
	parent   *Loop
	body     func(*Loop)
	state    runState
	wake     Time
	next     func() (struct{}, bool)
	stop     func()
	yield    func(struct{}) bool
	killed   bool
	forward  *Loop // a worker thread's parent: its stdio goes there
	sink     func(Stream, string)
	deadlock bool // resumed because every loop waits forever
	blocked  bool // in Block (Atomics.wait), not in poll
	woken    bool // Block was ended by Wake
	panicked string
}

func newLoop(w *World, id uint16) *Loop {
	l := &Loop{w: w, id: id}
	l.timers.init()
	l.pool = newThreadpool(l, w.cfg.ThreadpoolSize)
	return l
}

// World is the world the loop belongs to.
func (l *Loop) World() *World { return l.w }

// Phase is the phase the loop is in.
func (l *Loop) Phase() Phase { return l.phase }

// RunningEntry is the outermost callback running now, or nil between callbacks.
func (l *Loop) RunningEntry() *Entry {
	if l.running == 0 {
		return nil
	}
	return l.w.Trace.Entry(l.running)
}

// InTickProcessing reports whether the loop is inside Node's
// processTicksAndRejections (rather than a bare microtask checkpoint).
func (l *Loop) InTickProcessing() bool { return l.inTicks }

// Iteration is the loop iteration number (0 during the main module).
func (l *Loop) Iteration() int { return int(l.iter) }

// record appends a step, filling in time, loop, iteration and phase, and the
// JavaScript stack when JavaScript is running.
func (l *Loop) record(s Step) int { return l.recordAt(s, l.now) }

// recordAt records a step of this loop at time at: another loop's code (a
// message sent to it) records at the sender's time.
func (l *Loop) recordAt(s Step, at Time) int {
	t := l.w.Trace
	s.Time = at
	s.Loop = l.id
	s.Iter = l.iter
	if s.Phase == 0 {
		s.Phase = l.phase
	}
	if s.Stack == 0 && l.depth > 0 && s.Kind != KindCallbackStart && l.host != nil && l == l.w.cur {
		s.Stack = t.InternStack(l.host.Stack())
	}
	return t.add(s)
}

// Record lets the runtime add an API-level step (an emit, a require...).
func (l *Loop) Record(kind Kind, label, why string) {
	l.record(Step{Kind: kind, Level: LevelAPI, Label: label, Why: why})
}

// NewEntry registers a callback about to be queued and returns its id.
func (l *Loop) NewEntry(e Entry) EntryID {
	e.Loop = l.id
	return l.w.Trace.addEntry(e)
}

// checkBounds stops the run when the trace has grown past its bound.
func (l *Loop) checkBounds() error {
	if l.w.halt != nil {
		return l.w.halt
	}
	if l.w.Trace.Len() >= l.w.cfg.MaxSteps {
		return l.stopFor("steps", fmt.Sprintf("the trace reached %d steps (--max-steps)", l.w.cfg.MaxSteps))
	}
	return nil
}

// Limit builds the Stop for a bound the runtime enforces itself (the memory
// cap, the wall-time bound), told apart from starvation as the model's own
// bounds are.
func (l *Loop) Limit(reason, what string) *Stop { return l.stopFor(reason, what) }

// stopFor builds the Stop for a bound that ran out, telling starvation (a
// drain that never ends) apart from runaway synchronous code.
func (l *Loop) stopFor(reason, what string) *Stop {
	if l.draining != QueueNone && l.drainCount > 1000 {
		q := "nextTick queue"
		if l.draining == QueueMicrotask {
			q = "microtask queue"
		}
		return &Stop{Reason: "starvation", Message: fmt.Sprintf(
			"starvation: the %s never emptied: %d callbacks ran over %v of virtual time while %s waited (stopped when %s)",
			q, l.drainCount, l.now-l.drainStart, l.starvedSummary(), what)}
	}
	return &Stop{Reason: reason, Message: what}
}

func (l *Loop) starvedSummary() string {
	var parts []string
	if n := l.timers.count; n > 0 {
		parts = append(parts, plural(n, "timer", "timers"))
	}
	if n := l.immediates.count(); n > 0 {
		parts = append(parts, plural(n, "immediate", "immediates"))
	}
	if n := l.io.pendingCount() + l.pool.busy(); n > 0 {
		parts = append(parts, plural(n, "I/O request", "I/O requests"))
	}
	if l.draining == QueueTick && l.micro.len() > 0 {
		parts = append(parts, plural(l.micro.len(), "microtask", "microtasks"))
	}
	if len(parts) == 0 {
		return "the rest of the loop"
	}
	s := parts[0]
	for i := 1; i < len(parts); i++ {
		if i == len(parts)-1 {
			s += " and " + parts[i]
		} else {
			s += ", " + parts[i]
		}
	}
	return s
}

func plural(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return fmt.Sprintf("%d %s", n, many)
}

// invoke calls a task's function with bookkeeping: the callback-start step, the
// cost of entering JavaScript, and the depth counter used for stack capture.
func (l *Loop) invoke(t Task, from Queue, macrotask bool) error {
	if l.stopped {
		return errExit
	}
	if err := l.checkBounds(); err != nil {
		return err
	}
	e := l.w.Trace.Entry(t.Entry)
	var stack StackID
	if e.Func != "" {
		stack = l.w.Trace.InternStack([]Frame{{Func: e.Func}})
	}
	l.record(Step{Kind: KindCallbackStart, Entry: t.Entry, Queue: from, Stack: stack, Why: startWhy(e, from, l)})
	outer := l.depth == 0
	if outer {
		l.running = t.Entry
		l.stmtSteps = 0
	}
	l.depth++
	l.Charge(CostCallback)
	err := t.Fn()
	l.depth--
	if outer {
		l.running = 0
	}
	if macrotask {
		l.record(Step{Kind: KindCallbackEnd, Entry: t.Entry, Why: "The callback returned, so the call stack is empty again."})
	}
	return err
}

// makeCallback is Node's MakeCallback: it calls a macrotask, reports an
// exception to the uncaught-exception machinery, and otherwise drains the tick
// and microtask queues when the callback returns. After an exception there is
// no drain: what the callback queued waits for the next callback's drain.
func (l *Loop) makeCallback(t Task, from Queue) error {
	err := l.invoke(t, from, true)
	if th := thrown(err); th != nil {
		return l.fatal(th.Value, false)
	}
	if err != nil {
		return err
	}
	return l.closeScope()
}

func thrown(err error) *Thrown {
	var th *Thrown
	if errors.As(err, &th) {
		return th
	}
	return nil
}

// closeScope is what Node does when a callback scope closes: a microtask
// checkpoint when no tick is queued, then the tick-and-rejection processing.
func (l *Loop) closeScope() error {
	if l.stopped {
		return errExit
	}
	if l.ticks.len() == 0 {
		if err := l.runMicrotasks(); err != nil {
			return err
		}
	}
	if l.ticks.len() == 0 && !l.rejections.toWarn {
		return nil
	}
	err := l.processTicksAndRejections()
	if th := thrown(err); th != nil {
		return l.fatal(th.Value, false)
	}
	return err
}

// runNextTicks is what Node runs between two timers and between two
// immediates: the same drain as after any callback.
func (l *Loop) runNextTicks() error {
	if l.ticks.len() == 0 && !l.rejections.toWarn {
		if err := l.runMicrotasks(); err != nil {
			return err
		}
	}
	if l.ticks.len() == 0 && !l.rejections.toWarn {
		return nil
	}
	return l.processTicksAndRejections()
}

// processTicksAndRejections is Node's: run every queued tick (ones queued
// meanwhile too), then every microtask, and repeat until both queues are empty
// and no unhandled rejection is left to report. An exception thrown by a tick
// abandons the drain: the ticks after it wait for the next one.
func (l *Loop) processTicksAndRejections() error {
	outer := l.inTicks
	l.inTicks = true
	defer func() { l.inTicks = outer }()
	for {
		if l.ticks.len() > 0 {
			l.beginDrain(QueueTick)
			for l.ticks.len() > 0 {
				t := l.ticks.pop()
				l.drainCount++
				if err := l.invoke(t, QueueTick, false); err != nil {
					l.endDrain()
					return err
				}
			}
		}
		if err := l.runMicrotasks(); err != nil {
			return err
		}
		if l.ticks.len() > 0 {
			continue
		}
		more, err := l.processPromiseRejections()
		if err != nil {
			return err
		}
		if !more && l.ticks.len() == 0 {
			break
		}
	}
	l.endDrain()
	l.rejections.toWarn = false
	return nil
}

// runMicrotasks is V8's microtask checkpoint: run microtasks until the queue
// is empty, including ones queued meanwhile.
func (l *Loop) runMicrotasks() error {
	if l.micro.len() == 0 {
		return nil
	}
	outer := l.draining
	l.beginDrain(QueueMicrotask)
	for l.micro.len() > 0 {
		t := l.micro.pop()
		l.drainCount++
		if err := l.invoke(t, QueueMicrotask, false); err != nil {
			return err
		}
	}
	if outer == QueueTick {
		l.draining = QueueTick
	} else {
		l.endDrain()
	}
	return nil
}

func (l *Loop) beginDrain(q Queue) {
	if l.draining == QueueNone {
		l.drainCount = 0
		l.drainStart = l.now
	}
	l.draining = q
	what, why := "draining the nextTick queue", "Node empties the nextTick queue as soon as the current JavaScript finishes, before promise reactions and before the loop moves on."
	if q == QueueMicrotask {
		what, why = "draining the microtask queue", "Once the nextTick queue is empty, V8 runs every queued microtask (promise reactions, await continuations, queueMicrotask callbacks), including ones queued meanwhile."
	}
	l.record(Step{Kind: KindDrain, Queue: q, Label: what, Why: why})
}

func (l *Loop) endDrain() { l.draining = QueueNone }

// QueueTick queues a process.nextTick callback. While 'exit' is being emitted
// it does nothing, as in Node.
func (l *Loop) QueueTick(t Task) {
	if l.exiting {
		return
	}
	l.Charge(CostSchedule)
	l.ticks.push(t)
	l.record(Step{Kind: KindEnqueue, Level: LevelAPI, Entry: t.Entry, Queue: QueueTick,
		Why: "process.nextTick callbacks run as soon as the current JavaScript finishes, before any promise reaction."})
}

// QueueMicrotask queues a microtask (a promise job or a queueMicrotask callback).
func (l *Loop) QueueMicrotask(t Task, why string) {
	l.Charge(CostSchedule)
	l.micro.push(t)
	if why == "" {
		why = "Microtasks run once the current JavaScript and every queued nextTick callback have finished."
	}
	l.record(Step{Kind: KindEnqueue, Level: LevelAPI, Entry: t.Entry, Queue: QueueMicrotask, Why: why})
}

// Statement is called before each JavaScript statement: it charges the
// statement's cost, records a statement step while the callback is under its
// quota, and enforces the statement budget.
func (l *Loop) Statement(stmt int32) error {
	w := l.w
	w.stmts++
	w.Charge(CostStatement)
	if l.stmtSteps < w.cfg.StatementSteps {
		l.stmtSteps++
		l.record(Step{Kind: KindStatement, Level: LevelStatement, Arg: int64(stmt)})
	}
	if w.stmts > w.cfg.MaxStatements {
		where := ""
		if int(stmt) < len(w.Trace.Stmts) {
			p := w.Trace.Stmts[stmt]
			where = fmt.Sprintf(" at %s:%d:%d", p.File, p.Line, p.Col)
		}
		return l.stopFor("runaway", fmt.Sprintf("runaway code: the statement budget of %d statements ran out%s (--max-statements raises it)", w.cfg.MaxStatements, where))
	}
	if w.halt != nil {
		return w.halt
	}
	if w.Trace.Len() >= w.cfg.MaxSteps {
		return l.stopFor("steps", fmt.Sprintf("the trace reached %d steps (--max-steps)", w.cfg.MaxSteps))
	}
	return nil
}

// runMain runs the main module as Node does: synchronously, then the first
// drain of ticks and microtasks.
func (l *Loop) runMain(main func() error) error {
	l.phase = PhaseMain
	if l.w.cfg.ESMain && l == l.w.main {
		id := l.NewEntry(Entry{Kind: EntryMain, Label: "ES module loader"})
		l.record(Step{Kind: KindLifecycle, Label: "start",
			Why: "The main file is an ES module: Node starts its ES module loader, which reads the file asynchronously. The module's code runs later, in the event loop, from a promise job."})
		err := l.invoke(Task{Entry: id, Fn: main}, QueueNone, true)
		if th := thrown(err); th != nil {
			err = l.fatal(th.Value, false)
		}
		if err != nil {
			return err
		}
		return l.closeScope()
	}
	id := l.NewEntry(Entry{Kind: EntryMain, Label: "main module"})
	l.record(Step{Kind: KindLifecycle, Label: "start", Why: "Node runs the main module from top to bottom before the event loop starts."})
	// Unlike other callbacks, the main module's callback scope still drains
	// when the module threw and a listener handled the error.
	err := l.invoke(Task{Entry: id, Fn: main}, QueueNone, true)
	if th := thrown(err); th != nil {
		err = l.fatal(th.Value, false)
	}
	if err != nil {
		return err
	}
	return l.closeScope()
}

// fatal is Node's uncaught-exception path: 'uncaughtException' listeners get
// the error; without one, 'exit' is emitted with code 1, the error is printed,
// and the process ends.
func (l *Loop) fatal(err Value, fromPromise bool) error {
	if l.stopped {
		return errExit
	}
	typ := "uncaughtException"
	if fromPromise {
		typ = "unhandledRejection"
	}
	desc := ""
	if l.host != nil {
		desc = l.host.Describe(err)
	}
	l.record(Step{Kind: KindError, Label: "uncaught: " + desc,
		Why: "Nothing caught this error, so Node hands it to process 'uncaughtException' listeners; with none, the process prints it and exits with code 1."})
	if _, e := l.host.Emit("uncaughtExceptionMonitor", err, typ); e != nil && thrown(e) == nil {
		return e
	}
	handled, e := l.host.Emit("uncaughtException", err, typ)
	if e != nil {
		if thrown(e) == nil {
			return e
		}
		// A listener threw: Node prints that error and exits with code 7.
		l.stopped = true
		l.host.ReportFatal(thrown(e).Value)
		l.exitCode = 7
		return errExit
	}
	if handled {
		l.record(Step{Kind: KindLifecycle, Label: "uncaughtException handled",
			Why: "A process 'uncaughtException' listener handled the error, so the program keeps running."})
		// Node then queues an empty immediate "to make sure any ticks get
		// processed": the next check phase opens a callback scope whose close
		// drains the ticks the failed drain left behind.
		id := l.NewEntry(Entry{Kind: EntryImmediate, Label: "setImmediate(noop) after a handled exception"})
		l.SetImmediate(id, func() error { return nil })
		return nil
	}
	if !l.exiting {
		l.exiting = true
		l.exitCode = 1
		l.record(Step{Kind: KindLifecycle, Label: "emit 'exit' (1)", Why: "An uncaught error ends the process: 'exit' listeners run first, synchronously."})
		if _, e := l.host.Emit("exit", 1); e != nil && thrown(e) == nil {
			return e
		}
	}
	l.stopped = true
	l.host.ReportFatal(err)
	if l.exitCode == 0 {
		l.exitCode = 1
	}
	return errExit
}

// ReportException is for host code that catches an exception itself and
// passes it to the uncaught-exception machinery in place, as queueMicrotask's
// wrapper does in Node. It returns nil when a listener handled it.
func (l *Loop) ReportException(err Value) error {
	return l.fatal(err, false)
}

// Exit is process.exit(): emit 'exit' synchronously, then stop everything.
func (l *Loop) Exit() error {
	if !l.exiting {
		l.exiting = true
		l.record(Step{Kind: KindLifecycle, Level: LevelAPI, Label: fmt.Sprintf("process.exit(%d)", l.exitCode),
			Why: "process.exit() emits 'exit' right away and ends the process: nothing still queued will run."})
		if _, err := l.host.Emit("exit", l.exitCode); err != nil {
			if th := thrown(err); th != nil {
				l.stopped = true
				l.host.ReportFatal(th.Value)
				if l.exitCode == 0 {
					l.exitCode = 1
				}
			}
		}
	}
	l.stopped = true
	return errExit
}

// Terminate ends the process at once, as a fatal signal does: no 'exit'
// event, nothing queued runs, the exit status is code (128 + the signal).
func (l *Loop) Terminate(code int, why string) error {
	l.record(Step{Kind: KindLifecycle, Level: LevelAPI, Label: fmt.Sprintf("terminated (exit status %d)", code), Why: why})
	l.exitCode = code
	l.exiting = true
	l.stopped = true
	return errExit
}

// emitExit is the natural end: 'exit' is emitted with process.exitCode. Like
// every callback it is followed by a microtask checkpoint, so a promise
// reaction queued by an 'exit' listener still runs (nextTick does nothing now).
func (l *Loop) emitExit(code int) error {
	l.exiting = true
	l.phase = PhaseExit
	id := l.NewEntry(Entry{Kind: EntryEvent, Label: "'exit' listeners"})
	l.record(Step{Kind: KindLifecycle, Label: fmt.Sprintf("emit 'exit' (%d)", code),
		Why: "The loop has nothing left to do: Node emits 'exit' with process.exitCode; listeners can only run synchronous code now."})
	return l.makeCallback(Task{Entry: id, Fn: func() error {
		_, err := l.host.Emit("exit", code)
		return err
	}}, QueueNone)
}

// spin is Node's SpinEventLoop: run the loop until it is no longer alive, emit
// 'beforeExit', and go around again if the listeners scheduled more work.
func (l *Loop) spin() error {
	for {
		if err := l.uvRun(); err != nil {
			return err
		}
		if l.stopped {
			return errExit
		}
		l.phase = PhaseExit
		id := l.NewEntry(Entry{Kind: EntryEvent, Label: "'beforeExit' listeners"})
		l.record(Step{Kind: KindLifecycle, Label: fmt.Sprintf("emit 'beforeExit' (%d)", l.exitCode),
			Why: "The loop ran out of work. Before exiting, Node emits 'beforeExit'; if its listeners schedule more work, the loop starts again."})
		err := l.makeCallback(Task{Entry: id, Fn: func() error {
			_, err := l.host.Emit("beforeExit", l.exitCode)
			return err
		}}, QueueNone)
		if err != nil {
			return err
		}
		if !l.alive() {
			return nil
		}
	}
}

// alive is uv_loop_alive: ref'd handles, active requests or closing handles.
func (l *Loop) alive() bool {
	return l.timers.refCount > 0 || l.immediates.refCount > 0 || l.handles > 0 ||
		l.pool.active() > 0 || l.io.active() > 0 || l.pending.len() > 0 || l.closing.len() > 0
}

// updateTime is uv_update_time: the loop's cached time catches up with the clock.
func (l *Loop) updateTime() { l.nowMs = l.now.Ms() }

// uvRun is libuv's uv_run in default mode (libuv 1.46, as in Node 20): timers
// once before the loop, then pending, idle/prepare, poll, check, close and
// timers again, for as long as the loop is alive.
func (l *Loop) uvRun() error {
	alive := l.alive()
	if !alive {
		l.updateTime()
		return nil
	}
	l.updateTime()
	if err := l.timersPhase(); err != nil {
		return err
	}
	for alive && !l.stopped {
		l.enterPhase(PhasePending)
		if err := l.runPending(); err != nil {
			return err
		}
		l.enterPhase(PhaseIdle)
		if err := l.pollPhase(); err != nil {
			return err
		}
		if err := l.pendingAfterPoll(); err != nil {
			return err
		}
		if err := l.checkPhase(); err != nil {
			return err
		}
		if err := l.closePhase(); err != nil {
			return err
		}
		alive = l.alive()
		if !alive && l.timers.count == 0 {
			break
		}
		l.updateTime()
		if err := l.timersPhase(); err != nil {
			return err
		}
		alive = l.alive()
	}
	return nil
}

var phaseWhy = [...]string{
	PhaseTimers:  "A new loop iteration starts with the timers phase: callbacks of timers whose time has come run now.",
	PhasePending: "The pending phase runs I/O callbacks that libuv deferred from the previous iteration.",
	PhaseIdle:    "Idle and prepare handles are libuv internals; no JavaScript runs here.",
	PhasePoll:    "The poll phase runs completed I/O callbacks, and waits for I/O when there is nothing else to do.",
	PhaseCheck:   "The check phase runs setImmediate callbacks, right after poll.",
	PhaseClose:   "The close phase runs 'close' callbacks of handles that were closed.",
}

func (l *Loop) enterPhase(p Phase) {
	l.phase = p
	if p == PhaseTimers {
		l.iter++
	}
	l.record(Step{Kind: KindPhase, Phase: p, Label: fmt.Sprintf("%s phase (iteration %d)", p, l.iter), Why: phaseWhy[p]})
}

// runPending runs the callbacks deferred to the pending phase.
func (l *Loop) runPending() error {
	n := l.pending.len()
	for i := 0; i < n && l.pending.len() > 0; i++ {
		if err := l.makeCallback(l.pending.pop(), QueuePending); err != nil {
			return err
		}
	}
	return nil
}

// closePhase runs close callbacks queued before the phase began, the most
// recently closed handle first: libuv keeps closing handles on a list it
// pushes onto (node 20: sockets destroyed in the order 1, 2, 3 emit 'close'
// as 3, 2, 1). Handles closed during the phase wait for the next one.
func (l *Loop) closePhase() error {
	l.enterPhase(PhaseClose)
	n := l.closing.len()
	batch := make([]Task, 0, n)
	for i := 0; i < n && l.closing.len() > 0; i++ {
		batch = append(batch, l.closing.pop())
	}
	for i := len(batch) - 1; i >= 0; i-- {
		if err := l.makeCallback(batch[i], QueueClose); err != nil {
			return err
		}
	}
	return nil
}

// pendingAfterPoll is libuv 1.45's "immediate callbacks" rounds: right after
// poll, callbacks deferred during it (a completed write or shutdown) run at
// once, the queue up to 8 times over, instead of waiting for the next
// iteration's pending phase.
func (l *Loop) pendingAfterPoll() error {
	for r := 0; r < 8 && l.pending.len() > 0 && !l.stopped; r++ {
		if err := l.runPending(); err != nil {
			return err
		}
	}
	return nil
}

// QueuePending queues a callback for the pending queue: it runs in the next
// pending phase, or right after the poll phase if it was queued before then.
func (l *Loop) QueuePending(t Task) {
	l.pending.push(t)
	l.record(Step{Kind: KindEnqueue, Level: LevelAPI, Entry: t.Entry, Queue: QueuePending,
		Why: "libuv defers the callbacks of some completed requests (a write, a shutdown) to its pending queue: they run at the next pending phase or right after the poll phase, whichever comes first."})
}

// QueueClose queues a close callback for the close phase.
func (l *Loop) QueueClose(t Task) {
	l.closing.push(t)
	l.record(Step{Kind: KindEnqueue, Level: LevelAPI, Entry: t.Entry, Queue: QueueClose,
		Why: "Closing a handle queues its close callback for the close phase of this iteration."})
}

func startWhy(e *Entry, from Queue, l *Loop) string {
	switch from {
	case QueueTick:
		return "The nextTick queue is drained first: this is the oldest callback in it."
	case QueueMicrotask:
		return "The microtask queue runs in order: this is the oldest job in it."
	case QueueTimers:
		return fmt.Sprintf("Its timer was due at %v and the loop time is %dms: due timers run in the timers phase.", e.Due, l.nowMs)
	case QueueImmediate:
		return "setImmediate callbacks run in the check phase, in the order they were queued."
	case QueuePoll:
		return "Its I/O finished, so its callback runs in the poll phase."
	case QueuePending:
		if l.phase == PhasePoll {
			return "A request completed during the poll phase (a write, a shutdown): libuv runs its callback right after poll, before the check phase."
		}
		return "A deferred I/O callback runs in the pending phase."
	case QueueClose:
		return "A handle was closed, so its close callback runs in the close phase."
	}
	switch e.Kind {
	case EntryMain:
		if l.w.cfg.ESMain && l == l.w.main {
			return "Node's bootstrap hands the entry to its ES module loader, which only starts reading the file now."
		}
		return "Node runs the main module synchronously, top to bottom."
	case EntryEvent:
		return "Node calls process event listeners synchronously."
	}
	return ""
}

// SetOutputSink sends the loop's stdout and stderr to f instead of the
// terminal: a child process whose stdio is piped to its parent.
func (l *Loop) SetOutputSink(f func(s Stream, text string)) { l.sink = f }

// Write records a write by the program to stdout or stderr. A worker
// thread's stdio is a stream to its parent thread, as in Node: the text is
// handed to the parent, which writes it from its poll phase (so a parent
// busy in synchronous code prints its worker's output afterwards).
func (l *Loop) Write(s Stream, text string) { l.writeFrom(l.id, s, text) }

func (l *Loop) writeFrom(origin uint16, s Stream, text string) {
	if l.sink != nil {
		// A child process whose stdio is a pipe to its parent.
		l.Charge(CostWrite)
		l.sink(s, text)
		return
	}
	if to := l.forward; to != nil && !to.Done() {
		l.Charge(CostWrite)
		id := to.NewEntry(Entry{Kind: EntryIO, Label: fmt.Sprintf("%s of %s", s, l.w.Trace.Lanes[origin].Name)})
		l.Send(to, LatencyStdio, fmt.Sprintf("%s data from %s", s, l.name), Task{Entry: id, Fn: func() error {
			to.writeFrom(origin, s, text)
			return nil
		}})
		return
	}
	l.Charge(CostWrite)
	if !l.streamReady[s] {
		l.streamReady[s] = true
		if s == Stdout {
			l.Charge(CostFirstStdout)
		} else {
			l.Charge(CostFirstStderr)
		}
	}
	t := l.w.Trace
	idx := len(t.Output)
	t.Output = append(t.Output, Output{Stream: s, Text: text, Step: int32(t.Len()), Loop: origin})
	line := strings.TrimSuffix(text, "\n")
	if i := strings.IndexByte(line, '\n'); i >= 0 {
		line = line[:i] + " ..."
	}
	l.record(Step{Kind: KindOutput, Level: LevelAPI, Arg: int64(idx), Label: s.String() + ": " + line,
		Why: "console methods write synchronously: the text appears the moment this line runs."})
}
