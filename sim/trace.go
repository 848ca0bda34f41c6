package sim

import (
	"iter"
	"slices"
	"strconv"
	"strings"
)

// Level says how fine-grained a step is. Each level includes the coarser ones:
// a viewer at LevelAPI sees loop and API steps, at LevelStatement everything.
type Level uint8

const (
	// LevelLoop steps are what the event loop itself does: phases, callbacks it
	// invokes, drains, clock advances, races, errors, lifecycle events.
	LevelLoop Level = iota
	// LevelAPI steps are host API calls made by JavaScript: scheduling a tick,
	// a microtask, a timer; printing; emitting an event.
	LevelAPI
	// LevelStatement steps are individual JavaScript statements (line highlighting).
	LevelStatement
)

var levelNames = [...]string{"loop", "api", "statement"}

func (l Level) String() string {
	if int(l) < len(levelNames) {
		return levelNames[l]
	}
	return "level(" + strconv.Itoa(int(l)) + ")"
}

// ParseLevel reads a level name as printed by Level.String.
func ParseLevel(s string) (Level, bool) {
	for i, n := range levelNames {
		if n == s {
			return Level(i), true
		}
	}
	return 0, false
}

// Kind says what a step records.
type Kind uint8

const (
	KindPhase         Kind = iota // the loop entered a phase
	KindDrain                     // the loop began draining the tick or microtask queue
	KindCallbackStart             // the loop (or a drain) called a callback: Entry
	KindCallbackEnd               // a macrotask callback returned
	KindEnqueue                   // something was queued: Entry, on Queue
	KindCancel                    // a queued Entry was removed before it ran (clearTimeout...)
	KindWorkStart                 // a threadpool slot started Entry's work
	KindWorkDone                  // a threadpool slot finished Entry's work
	KindOutput                    // the program wrote to stdout or stderr: Arg indexes Trace.Output
	KindClock                     // the virtual clock advanced while the loop waited
	KindRace                      // the model chose one way at a race point: Arg indexes Trace.Races
	KindError                     // an uncaught exception or unhandled rejection
	KindLifecycle                 // process lifecycle: beforeExit, exit, the run's end
	KindAPI                       // any other host API call (emit, require, ...)
	KindStatement                 // a JavaScript statement began: Arg indexes the statement table
	KindStop                      // the run was stopped by a bound (runaway code, starvation)
	KindIOStart                   // operating-system I/O began: Entry runs in poll when it lands at Arg
	KindHandleOpen                // a handle (server, socket) or a stream was opened: Entry, Arg 1 if ref'd
	KindHandleClose               // a handle was closed or a stream finished: Entry
	KindHandleRef                 // a handle was ref'd (Arg 1) or unref'd (Arg 0)
	KindBuffer                    // a stream's buffer level changed: Arg is the new level
)

var kindNames = [...]string{
	"phase", "drain", "callback-start", "callback-end", "enqueue", "cancel",
	"work-start", "work-done", "output", "clock", "race", "error", "lifecycle",
	"api", "statement", "stop", "io-start", "handle-open", "handle-close", "handle-ref", "buffer",
}

func (k Kind) String() string {
	if int(k) < len(kindNames) {
		return kindNames[k]
	}
	return "kind(" + strconv.Itoa(int(k)) + ")"
}

// Phase is where the loop is: one of libuv's six phases, or before/after the loop.
type Phase uint8

const (
	PhaseMain    Phase = iota // running the main module, before the loop starts
	PhaseTimers               // expired setTimeout/setInterval callbacks
	PhasePending              // I/O callbacks deferred from the previous iteration
	PhaseIdle                 // idle and prepare handles (libuv internals)
	PhasePoll                 // waiting for and running I/O callbacks
	PhaseCheck                // setImmediate callbacks
	PhaseClose                // close callbacks ('close' of handles)
	PhaseExit                 // the loop has ended: beforeExit, exit
)

var phaseNames = [...]string{"main", "timers", "pending", "idle/prepare", "poll", "check", "close", "exit"}

func (p Phase) String() string {
	if int(p) < len(phaseNames) {
		return phaseNames[p]
	}
	return "phase(" + strconv.Itoa(int(p)) + ")"
}

// LoopPhases are the six phases of one loop iteration, in order.
var LoopPhases = []Phase{PhaseTimers, PhasePending, PhaseIdle, PhasePoll, PhaseCheck, PhaseClose}

// Queue names a place where callbacks wait.
type Queue uint8

const (
	QueueNone      Queue = iota
	QueueTick            // process.nextTick
	QueueMicrotask       // promise jobs, await continuations, queueMicrotask
	QueueTimers          // setTimeout / setInterval
	QueueImmediate       // setImmediate
	QueuePending         // pending callbacks phase
	QueuePoll            // completed I/O, waiting for the poll phase
	QueueClose           // close callbacks
	QueueWork            // the threadpool's work queue (and its slots)
	QueueIO              // operating-system I/O in flight (network, DNS queries)
)

var queueNames = [...]string{"", "nextTick", "microtask", "timers", "immediate", "pending", "poll", "close", "threadpool", "in flight"}

func (q Queue) String() string {
	if int(q) < len(queueNames) {
		return queueNames[q]
	}
	return "queue(" + strconv.Itoa(int(q)) + ")"
}

// Stream is stdout or stderr.
type Stream uint8

const (
	Stdout Stream = 1
	Stderr Stream = 2
)

func (s Stream) String() string {
	if s == Stderr {
		return "stderr"
	}
	return "stdout"
}

// EntryID identifies an Entry in a Trace. Zero means none.
type EntryID int32

// StackID identifies an interned call stack in a Trace. Zero is the empty stack.
type StackID int32

// Step is one thing that happened in a run. Steps are plain data: every view of
// a run (the CLI printer, the TUI, the tests) is computed from them.
type Step struct {
	Time  Time    // virtual time when the step happened
	Iter  int32   // loop iteration (0 while the main module runs)
	Entry EntryID // the callback or job the step is about, if any
	Stack StackID // the JavaScript call stack at the step
	Arg   int64   // kind-specific: output index, statement id, race index, due time...
	Loop  uint16  // which loop of the world
	Kind  Kind
	Phase Phase
	Level Level
	Queue Queue
	Label string // one line: what happened
	Why   string // plain English: why it happened now
}

// Frame is one JavaScript call stack frame.
type Frame struct {
	Func string // function name; "" for anonymous
	File string
	Line int32 // 1-based
	Col  int32 // 1-based
}

func (f Frame) String() string {
	name := f.Func
	if name == "" {
		name = "<anonymous>"
	}
	if f.Line == 0 {
		return name
	}
	return name + " (" + shortFile(f.File) + ":" + strconv.Itoa(int(f.Line)) + ":" + strconv.Itoa(int(f.Col)) + ")"
}

func shortFile(path string) string {
	if i := strings.LastIndexByte(path, '/'); i >= 0 {
		return path[i+1:]
	}
	return path
}

// EntryKind says what sort of callback an Entry is; it decides how the UI names
// the bottom frame of the call stack while the callback runs.
type EntryKind uint8

const (
	EntryMain      EntryKind = iota // the main module
	EntryTick                       // process.nextTick callback
	EntryMicrotask                  // promise reaction, await continuation, queueMicrotask
	EntryTimer                      // setTimeout callback
	EntryInterval                   // setInterval callback
	EntryImmediate                  // setImmediate callback
	EntryWork                       // threadpool work item
	EntryIO                         // I/O callback (poll or pending phase)
	EntryClose                      // close callback
	EntryEvent                      // a process event listener run by the loop itself (beforeExit, exit)
	EntryHandle                     // a libuv handle: a server, a socket (not a callback)
	EntryStream                     // a JavaScript stream, shown with its buffer level (not a callback)
)

var entryKindNames = [...]string{"main module", "nextTick callback", "microtask", "timer callback", "interval callback", "immediate", "threadpool work", "I/O callback", "close callback", "process event", "handle", "stream"}

func (k EntryKind) String() string {
	if int(k) < len(entryKindNames) {
		return entryKindNames[k]
	}
	return "entry(" + strconv.Itoa(int(k)) + ")"
}

// Entry describes one callback or job that was queued somewhere.
type Entry struct {
	Kind    EntryKind
	Loop    uint16
	Label   string // e.g. "setTimeout(tick, 10)", "then callback of promise #3"
	Func    string // the callback function's name, if it has one
	Origin  string // what queued it: "queueMicrotask", "fulfilment of promise" (see Trace.EntryOrigin)
	Promise int32  // the promise whose settlement (or then) queued it, if any
	Target  int32  // the promise this job will settle, if any
	Due     Time   // timers: when it is due; work: when it finishes
	Delay   int64  // timers: the delay in ms after clamping; streams: the highWaterMark
	Step    int32  // the step that created it (see EntryAt)
}

// Output is one write by the program.
type Output struct {
	Stream Stream
	Text   string // exactly what was written, usually ending in "\n"
	Step   int32  // the step that wrote it
	Loop   uint16 // the loop whose code wrote it (a worker thread's output is written by its parent)
}

// Race records a place where real Node could behave differently and which way
// the model went. Explore re-runs the program with other choices.
type Race struct {
	Step    int32
	What    string   // e.g. "main-module setTimeout(0) vs setImmediate"
	Options []string // the alternatives, in choice order
	Chosen  int
}

// Trace is the append-only record of a run.
type Trace struct {
	steps     [][]Step  // fixed-size chunks: appending never copies old steps
	entries   [][]Entry // chunks; EntryID 0 is unused (it means none)
	nEntries  int
	Output    []Output
	Races     []Race
	Lanes     []Lane    // the loops of the run, by id (0 is the main thread)
	Stmts     []StmtPos // statement positions, indexed by a KindStatement step's Arg
	n         int       // number of steps
	stacks    [][]Frame // stacks[0] is the empty stack
	stackID   map[string]StackID
	lastStack StackID
	keyBuf    []byte

	keyframes []keyframe // see snapshot.go
	states    []*state   // the live state of each loop, kept up to date as steps are appended
	sinceKey  int
}

// StmtPos is where a statement starts in a source file.
type StmtPos struct {
	File string
	Line int32
	Col  int32
}

func newTrace() *Trace {
	t := &Trace{
		entries:  [][]Entry{make([]Entry, 1, stepChunk)},
		nEntries: 1,
		stacks:   [][]Frame{nil},
		stackID:  map[string]StackID{"": 0},
		states:   []*state{newState()},
	}
	return t
}

// Stack returns the frames of an interned stack, innermost first.
func (t *Trace) Stack(id StackID) []Frame {
	if int(id) < len(t.stacks) {
		return t.stacks[id]
	}
	return nil
}

// InternStack returns the id of a stack, adding it if it is new. Identical
// stacks share one id, which keeps long traces small.
func (t *Trace) InternStack(frames []Frame) StackID {
	if len(frames) == 0 {
		return 0
	}
	// Consecutive steps usually share their stack: check the last one first.
	if last := t.lastStack; last != 0 && slices.Equal(t.stacks[last], frames) {
		return last
	}
	b := t.keyBuf[:0]
	for _, f := range frames {
		b = append(b, f.Func...)
		b = append(b, 0)
		b = append(b, f.File...)
		b = append(b, 0, byte(f.Line), byte(f.Line>>8), byte(f.Line>>16), byte(f.Line>>24),
			byte(f.Col), byte(f.Col>>8), byte(f.Col>>16), byte(f.Col>>24))
	}
	t.keyBuf = b
	if id, ok := t.stackID[string(b)]; ok {
		t.lastStack = id
		return id
	}
	id := StackID(len(t.stacks))
	t.stacks = append(t.stacks, slices.Clone(frames))
	t.stackID[string(b)] = id
	t.lastStack = id
	return id
}

// EntryOrigin says what queued an entry, naming its promise.
func (t *Trace) EntryOrigin(id EntryID) string {
	e := t.Entry(id)
	if e.Promise != 0 && e.Origin != "" {
		return e.Origin + " #" + itoa(int(e.Promise))
	}
	return e.Origin
}

// EntryLabel is an entry's label with the promise it settles, if any.
func (t *Trace) EntryLabel(id EntryID) string {
	e := t.Entry(id)
	if e.Target != 0 {
		return e.Label + " -> promise #" + itoa(int(e.Target))
	}
	return e.Label
}

// EntryAt is where JavaScript created an entry: the top frame of the stack
// of the step that queued it.
func (t *Trace) EntryAt(id EntryID) Frame {
	e := t.Entry(id)
	if int(e.Step) < t.n {
		if s := t.Step(int(e.Step)); s.Entry == id {
			if st := t.Stack(s.Stack); len(st) > 0 {
				return st[0]
			}
		}
	}
	return Frame{}
}

// Entry returns the entry with the given id (the zero Entry for 0).
func (t *Trace) Entry(id EntryID) *Entry {
	return &t.entries[int(id)/stepChunk][int(id)%stepChunk]
}

// EntryCount is how many entries the trace holds, plus one (ids start at 1).
func (t *Trace) EntryCount() int { return t.nEntries }

func (t *Trace) addEntry(e Entry) EntryID {
	e.Step = int32(t.n)
	if t.nEntries%stepChunk == 0 {
		t.entries = append(t.entries, make([]Entry, 0, stepChunk))
	}
	c := &t.entries[len(t.entries)-1]
	*c = append(*c, e)
	t.nEntries++
	return EntryID(t.nEntries - 1)
}

// stepChunk is how many steps one chunk of the trace holds.
const stepChunk = 4096

func (t *Trace) add(s Step) int {
	if t.n%stepChunk == 0 {
		t.steps = append(t.steps, make([]Step, 0, stepChunk))
	}
	c := &t.steps[len(t.steps)-1]
	*c = append(*c, s)
	i := t.n
	t.n++
	t.laneState(s.Loop).apply(t, i)
	t.maybeKeyframe(i)
	return i
}

// Len is the number of steps.
func (t *Trace) Len() int { return t.n }

// Step returns step i (0 <= i < Len()).
func (t *Trace) Step(i int) *Step { return &t.steps[i/stepChunk][i%stepChunk] }

// All iterates over the steps in order.
func (t *Trace) All() iter.Seq2[int, *Step] {
	return func(yield func(int, *Step) bool) {
		for ci, c := range t.steps {
			for j := range c {
				if !yield(ci*stepChunk+j, &c[j]) {
					return
				}
			}
		}
	}
}

// Stdout returns everything the program wrote to stdout.
func (t *Trace) Stdout() string { return t.stream(Stdout) }

// Stderr returns everything the program wrote to stderr.
func (t *Trace) Stderr() string { return t.stream(Stderr) }

func (t *Trace) stream(s Stream) string {
	var b strings.Builder
	for _, o := range t.Output {
		if o.Stream == s {
			b.WriteString(o.Text)
		}
	}
	return b.String()
}
