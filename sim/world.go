package sim

import (
	"errors"
	"fmt"
)

// Value is a JavaScript value, opaque to the model: sim only passes values
// between the runtime's callbacks (an error to the uncaughtException listeners,
// a rejection reason to unhandledRejection).
type Value = any

// Host is what the model needs from the JavaScript side. The runtime implements
// it; sim never sees goja.
type Host interface {
	// Emit runs process.emit(event, args...) and reports whether the event had
	// listeners. The error is a *Thrown when a listener threw, or a stop.
	Emit(event string, args ...Value) (bool, error)
	// ReportFatal writes Node's report of an uncaught error to stderr.
	ReportFatal(err Value)
	// RejectionError is the error Node reports for an unhandled rejection: the
	// reason itself when it is error-like, else an UnhandledPromiseRejection.
	RejectionError(reason Value) Value
	// EmitWarning is process.emitWarning(message, name): it queues the
	// 'warning' event on the tick queue, as Node does.
	EmitWarning(name, message string)
	// Stack is the current JavaScript call stack, innermost frame first.
	Stack() []Frame
	// Describe renders a value in one short line for labels (util.inspect-like).
	Describe(v Value) string
}

// Thrown is an exception a callback did not catch.
type Thrown struct{ Value Value }

func (t *Thrown) Error() string { return fmt.Sprintf("uncaught exception: %v", t.Value) }

// errExit ends a run early: process.exit(), or an uncaught error with no listener.
var errExit = errors.New("process exited")

// Stop is why a run was stopped by one of its bounds. It is not an error of the
// program: the trace up to the stop is complete and can be browsed.
type Stop struct {
	Reason  string `json:"reason"`  // "runaway", "starvation", "steps", "idle", "unsupported", "internal", "memory", "time"
	Message string `json:"message"` // plain English, naming the line or what was starved
}

func (s *Stop) Error() string { return s.Message }

// Config holds the settings of a run.
type Config struct {
	// ThreadpoolSize is UV_THREADPOOL_SIZE: the number of threadpool slots (default 4, 1 to 1024).
	ThreadpoolSize int
	// MaxStatements bounds the JavaScript statements a run may execute
	// (default DefaultMaxStatements). Runaway code stops at the same statement every time.
	MaxStatements int64
	// MaxSteps bounds the length of the trace (default DefaultMaxSteps).
	MaxSteps int
	// StatementSteps is how many statement steps one callback may record before
	// the rest of its statements are only counted (default DefaultStatementSteps).
	StatementSteps int
	// Choices picks the alternative at each race point, in the order they are
	// met; race points past the end of Choices take their first alternative.
	Choices []int
	// ESMain says the main module is an ES module: Node's ES module loader
	// starts it instead of running it synchronously (the runtime schedules it).
	ESMain bool
	// FinalExit, when set, may change the exit code once the loop has
	// finished on its own (node's 13 for an unsettled top-level await); it
	// returns the code and why.
	FinalExit func(code int) (int, string)
}

// Defaults for Config. docs/MODEL.md explains them.
const (
	DefaultThreadpoolSize = 4
	DefaultMaxStatements  = 20_000_000
	DefaultMaxSteps       = 2_000_000
	DefaultStatementSteps = 2_000
)

// Result is how a run ended.
type Result struct {
	ExitCode int
	Stop     *Stop // non-nil when a bound stopped the run
}

// World is one run: a virtual clock, its loops (the main thread's, and later
// workers' and child processes'), and the trace they all record into.
type World struct {
	cfg   Config
	Trace *Trace
	main  *Loop
	loops []*Loop // every loop ever started, by id; loops[0] is main
	cur   *Loop   // the loop whose code is running now
	stmts int64
	races int
	halt  error // a bound stopped the run inside some loop: every loop stops
	hz    Time  // cached horizon of cur (see lanes.go); valid while hzOK
	hzOK  bool
}

// NewWorld makes a world with one loop, the main thread's.
func NewWorld(cfg Config, host Host) *World {
	if cfg.ThreadpoolSize <= 0 {
		cfg.ThreadpoolSize = DefaultThreadpoolSize
	}
	cfg.ThreadpoolSize = min(cfg.ThreadpoolSize, 1024)
	if cfg.MaxStatements <= 0 {
		cfg.MaxStatements = DefaultMaxStatements
	}
	if cfg.MaxSteps <= 0 {
		cfg.MaxSteps = DefaultMaxSteps
	}
	if cfg.StatementSteps <= 0 {
		cfg.StatementSteps = DefaultStatementSteps
	}
	w := &World{cfg: cfg, Trace: newTrace()}
	w.main = newLoop(w, 0)
	w.main.host = host
	w.main.name = "main"
	w.loops = []*Loop{w.main}
	w.cur = w.main
	w.Trace.Lanes = []Lane{{ID: 0, Name: "main", Kind: LaneMain, Parent: -1, PoolSize: w.main.ThreadpoolSize()}}
	return w
}

// Main is the main thread's loop.
func (w *World) Main() *Loop { return w.main }

// Now is the current virtual time of the loop whose code is running.
func (w *World) Now() Time { return w.cur.now }

// Current is the loop whose code is running.
func (w *World) Current() *Loop { return w.cur }

// Statements is how many JavaScript statements have run.
func (w *World) Statements() int64 { return w.stmts }

// ExitCode is process.exitCode of the running loop, as the program last set
// it (0 if unset).
func (w *World) ExitCode() int { return w.cur.exitCode }

// SetExitCode records process.exitCode of the running loop.
func (w *World) SetExitCode(code int) { w.cur.exitCode = code }

// Exiting reports whether the running loop is emitting or has emitted 'exit'
// (process._exiting): process.nextTick does nothing then.
func (w *World) Exiting() bool { return w.cur.exiting }

// Charge advances the running loop's clock by the cost of synchronous work,
// delivering any threadpool completions and I/O events that fall due
// meanwhile. Other loops are not delayed: each loop's thread has its own
// clock (see lanes.go).
func (w *World) Charge(d Time) { w.cur.Charge(d) }

// Run runs a program: the main module, then the event loop until nothing keeps
// it alive, then beforeExit and exit, as Node does. main is the main module.
// When the main loop ends, every other loop still running ends with it.
func (w *World) Run(main func() error) Result {
	res := w.main.RunProgram(main)
	w.endAll()
	return res
}

// RunProgram runs a loop's program from start to end: the main module (or the
// worker's script), the event loop, beforeExit and exit.
func (l *Loop) RunProgram(main func() error) Result {
	err := l.runMain(main)
	if err == nil {
		l.Charge(CostLoopStart)
		l.record(Step{Kind: KindLifecycle, Label: "enter the event loop",
			Why: "The main module and its microtasks are done: Node finishes starting up and enters the event loop, which runs until nothing keeps it alive."})
		err = l.spin()
	}
	w := l.w
	if err == nil {
		arg := l.exitCode
		if l == w.main && w.cfg.FinalExit != nil {
			// Node sets process.exitCode before 'exit', whose listeners still
			// get the code the program had.
			if code, why := w.cfg.FinalExit(l.exitCode); code != l.exitCode {
				l.exitCode = code
				l.record(Step{Kind: KindLifecycle, Phase: PhaseExit, Label: fmt.Sprintf("exit code becomes %d", code), Why: why})
			}
		}
		err = l.emitExit(arg)
	}
	res := Result{ExitCode: l.exitCode}
	var stop *Stop
	switch {
	case errors.As(err, &stop):
		res.Stop = stop
		l.record(Step{Kind: KindStop, Label: "stopped: " + stop.Message, Why: stopWhy(stop)})
	case err != nil && err != errExit:
		res.Stop = &Stop{Reason: "internal", Message: err.Error()}
		l.record(Step{Kind: KindStop, Label: "stopped: " + err.Error(), Why: "loopviz could not go on with this run."})
	}
	if res.Stop != nil && w.halt == nil {
		w.halt = res.Stop
	}
	l.done = true
	l.record(Step{Kind: KindLifecycle, Phase: PhaseExit, Label: fmt.Sprintf("%s exits with code %d", l.exitNoun(), res.ExitCode),
		Why: l.exitWhy()})
	return res
}

func stopWhy(s *Stop) string {
	switch s.Reason {
	case "starvation":
		return "A queue that the loop must empty before moving on kept refilling itself, so the loop could never reach its next phase."
	case "runaway":
		return "Synchronous code ran for longer than the statement budget allows; in Node it would block the loop for good."
	case "memory":
		return "The program needed more memory than loopviz allows a run; node would have run out of heap too, or nearly."
	case "time":
		return "The run took longer in real time than loopviz allows one run."
	}
	return "The run reached one of loopviz's bounds."
}

// choose returns the alternative taken at the next race point and records it.
func (w *World) choose(l *Loop, what, why string, options ...string) int {
	i := w.races
	w.races++
	c := 0
	if i < len(w.cfg.Choices) && w.cfg.Choices[i] >= 0 && w.cfg.Choices[i] < len(options) {
		c = w.cfg.Choices[i]
	}
	idx := len(w.Trace.Races)
	w.Trace.Races = append(w.Trace.Races, Race{Step: int32(w.Trace.Len()), What: what, Options: options, Chosen: c})
	l.record(Step{Kind: KindRace, Arg: int64(idx), Label: fmt.Sprintf("race: %s -> %s", what, options[c]), Why: why})
	return c
}
