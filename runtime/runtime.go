// Package runtime runs a JavaScript program on goja inside loopviz's model of
// Node's event loop (package sim). Every host API the program calls (timers,
// process.nextTick, promises, console...) lands in the model, which records the
// trace that the CLI, the UI and the tests read.
//
// Promises and async functions are loopviz's own: goja's native promise jobs
// run in a private queue nobody can observe, so the runtime supplies a
// spec-exact Promise and prepares async functions to await through it (see
// package prepare). Every microtask is therefore queued and run by the model.
package runtime

import (
	"errors"
	"fmt"
	"math/rand"
	"os"
	"path/filepath"
	"runtime/debug"
	"slices"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/dop251/goja"
	"github.com/loopviz/loopviz/runtime/inspect"
	"github.com/loopviz/loopviz/sim"
)

// NodeVersion is the Node.js version loopviz models.
const NodeVersion = "v20.20.2"

// Options configure a run.
type Options struct {
	File           string        // path of the main module
	Source         []byte        // the main module's text; read from File when nil
	Args           []string      // extra process.argv entries
	Env            []string      // process.env as K=V pairs (a virtual environment: the real one never leaks in)
	Seed           int64         // seed of Math.random and crypto randomness
	ThreadpoolSize int           // UV_THREADPOOL_SIZE; 0 means 4 (or the env's value)
	MaxStatements  int64         // statement budget (sim.DefaultMaxStatements when 0)
	MaxSteps       int           // trace bound (sim.DefaultMaxSteps when 0)
	MaxWallTime    time.Duration // wall-time bound (DefaultMaxWallTime when 0; see limits.go)
	Choices        []int         // race choices, for explore
}

// Result is a finished run.
type Result struct {
	File     string // the main module's absolute path
	Trace    *sim.Trace
	ExitCode int
	Stop     *sim.Stop // why a bound stopped the run, if one did
	Races    int       // how many race points the run met
}

// Stdout is everything the program printed on stdout.
func (r *Result) Stdout() string { return r.Trace.Stdout() }

// Stderr is everything the program printed on stderr.
func (r *Result) Stderr() string { return r.Trace.Stderr() }

// InputError is a problem with the file itself (missing, unreadable, a
// directory, binary): the program never started.
type InputError struct{ Msg string }

func (e *InputError) Error() string { return e.Msg }

// ReadSource reads a program's text, rejecting what cannot be a JavaScript
// file with a message that says what to do.
func ReadSource(path string) ([]byte, error) {
	st, err := os.Stat(path)
	switch {
	case errors.Is(err, os.ErrNotExist):
		return nil, &InputError{fmt.Sprintf("no such file: %s", path)}
	case err != nil:
		return nil, &InputError{fmt.Sprintf("cannot read %s: %v", path, err)}
	case st.IsDir():
		return nil, &InputError{fmt.Sprintf("%s is a directory: give a JavaScript file", path)}
	}
	src, err := os.ReadFile(path)
	if err != nil {
		return nil, &InputError{fmt.Sprintf("cannot read %s: %v", path, errors.Unwrap(err))}
	}
	if looksBinary(src) {
		return nil, &InputError{fmt.Sprintf("%s is not a text file: give a JavaScript file", path)}
	}
	return src, nil
}

// looksBinary reports a NUL byte in the first 8 KB, as most tools do.
func looksBinary(b []byte) bool {
	return slices.Contains(b[:min(len(b), 8192)], 0)
}

// Run runs the program described by opts to completion (or to its budget).
// A panic inside loopviz comes back as an *InternalError, never a crash.
func Run(opts Options) (res *Result, err error) {
	defer func() {
		if p := recover(); p != nil {
			res, err = nil, &InternalError{Panic: p, Stack: string(debug.Stack())}
		}
	}()
	if opts.File == "" {
		return nil, &InputError{"no file given"}
	}
	abs, err := filepath.Abs(opts.File)
	if err != nil {
		return nil, &InputError{err.Error()}
	}
	src := opts.Source
	if src == nil {
		if src, err = ReadSource(abs); err != nil {
			return nil, err
		}
	}
	esMain := isESMFile(abs) || filepath.Ext(abs) == ".js" && packageType(filepath.Dir(abs)) == "" && looksLikeESMText(abs, src)
	r := newRunner(opts, abs, esMain)
	stopWatchdog := r.startWatchdog()
	main := func() error { return r.runMain(abs, src) }
	if esMain {
		main = func() error { return r.startESMain(abs, src) }
	}
	simRes := r.world.Run(main)
	stopWatchdog()
	r.stopZlibCoders()
	return r.result(abs, simRes), nil
}

// InternalError is a bug in loopviz itself, caught before it could take the
// process down: the run's trace up to that point is kept.
type InternalError struct {
	Panic any
	Stack string
}

func (e *InternalError) Error() string {
	return fmt.Sprintf("loopviz internal error: %v (this is a bug in loopviz: please report it with the program that caused it)", e.Panic)
}

func (r *runner) result(abs string, res sim.Result) *Result {
	return &Result{File: abs, Trace: r.world.Trace, ExitCode: res.ExitCode, Stop: res.Stop, Races: len(r.world.Trace.Races)}
}

// runner holds one run: the goja runtime, the model, and the glue between them.
type runner struct {
	opts  Options
	rt    *goja.Runtime
	world *sim.World
	loop  *sim.Loop
	insp  *inspect.Inspector

	lane   *laneInfo   // which thread or process this runner is (workers.go)
	shared *laneShared // state shared by every loop of the run (workers.go)

	lv           *goja.Object // the __lv object handed to prepared modules
	promiseCtor  *goja.Object
	promiseProto *goja.Object
	promises     map[*goja.Object]*promise // promise state by object (lookups only)
	nextPromise  int64

	process   *goja.Object
	emitter   *goja.Object // EventEmitter constructor (from lib/events.js)
	modules   map[string]*module
	builtins  map[string]goja.Value
	mainFile  string
	files     []string // every module file, for the statement table
	stackBuf  []goja.StackFrame
	frameBuf  []jsFrame
	simFrames []sim.Frame
	consoleTm map[string]sim.Time  // console.time labels (lookups only)
	counts    map[string]int       // console.count labels (lookups only)
	labels    map[[2]string]string // cached entry labels (lookups only)
	groupInd  string

	stackDepth func() int
	resuming   int            // async bodies being resumed on the Go stack (see asyncExtraFrames)
	stdio      [3]stdioStream // process.stdout and process.stderr, by sim.Stream
	env        []string

	internal     *goja.Object // require('loopviz:internal'), for library modules
	vfs          *vfs         // the file system the program sees
	mainModule   *module
	esmS         *esmState           // ES modules, once one is loaded
	esmResumed   int                 // module bodies resumed after a top-level await (no loader frames below them)
	sources      map[string][]string // lines of every user file, for error reports
	timers       *timerAPI
	timerFns     map[string]*goja.Object
	fnToString   goja.Value // the pristine Function.prototype.toString
	exitCodeSet  bool       // process.exitCode was given a value
	exitCodeVal  goja.Value // ... and that value, as given
	explicitExit bool       // process.exit() was called
	sizeStopped  bool       // a built-in call was refused for its size: the run is stopping
	memoryHeavy  bool       // the run met the memory cap (written by the watchdog before it ends)

	// Where the uncaught value about to be reported was thrown.
	lastThrow    *throwSite
	lastThrowVal goja.Value
	fatalSite    *throwSite
	fatalSiteFor goja.Value
}

// symAsyncIterator is the well-known symbol Symbol.asyncIterator, which goja lacks.
var symAsyncIterator = goja.NewSymbol("Symbol.asyncIterator")

const maxJSDepth = 9000 // frames before a RangeError, close to Node's default stack

// asyncExtraFrames is how many more goja frames than V8 frames one running
// async function body costs (the __lv.async call, the generator's next and
// its body): without the discount, async recursion would overflow four times
// sooner than in node.
const asyncExtraFrames = 3

func newRunner(opts Options, mainFile string, esMain bool) *runner {
	r := allocRunner(opts, mainFile)
	r.world = sim.NewWorld(sim.Config{ThreadpoolSize: ThreadpoolSizeOf(opts), MaxStatements: opts.MaxStatements,
		MaxSteps: opts.MaxSteps, Choices: opts.Choices, ESMain: esMain, FinalExit: r.finalExit}, r)
	r.loop = r.world.Main()
	r.shared = newLaneShared()
	r.lane = &laneInfo{main: true}
	r.setupEngine()
	return r
}

// allocRunner makes a runner with its own goja runtime, not yet tied to a loop.
func allocRunner(opts Options, mainFile string) *runner {
	time.Local = time.UTC // goja's Date uses time.Local: keep runs machine-independent
	r := &runner{opts: opts, rt: goja.New(), mainFile: mainFile, modules: map[string]*module{},
		consoleTm: map[string]sim.Time{}, counts: map[string]int{}, labels: map[[2]string]string{}, promises: map[*goja.Object]*promise{}, sources: map[string][]string{}}
	r.env = normalizeEnv(opts.Env)
	return r
}

func normalizeEnv(env []string) []string {
	out := []string{}
	seen := map[string]int{}
	for _, kv := range env {
		k, _, ok := strings.Cut(kv, "=")
		if !ok || k == "" {
			continue
		}
		if i, dup := seen[k]; dup {
			out[i] = kv
			continue
		}
		seen[k] = len(out)
		out = append(out, kv)
	}
	return out
}

func envThreadpool(env []string) int {
	for _, kv := range env {
		if v, ok := strings.CutPrefix(kv, "UV_THREADPOOL_SIZE="); ok {
			var n int
			if _, err := fmt.Sscanf(v, "%d", &n); err == nil && n > 0 {
				return min(n, 1024)
			}
		}
	}
	return 0
}

// setupEngine configures goja for determinism and installs Node's globals.
func (r *runner) setupEngine() {
	rt := r.rt
	rt.SetMaxCallStackSize((asyncExtraFrames+1)*maxJSDepth + 500)
	rt.SetTimeSource(func() time.Time {
		r.world.Charge(sim.CostClockRead)
		return r.wallClock()
	})
	rt.SetRandSource(rand.New(rand.NewSource(r.opts.Seed)).Float64)
	r.stackDepth = callStackDepth(rt)
	// goja has no Symbol.asyncIterator: give it one, shared by every run.
	_ = rt.Get("Symbol").ToObject(rt).DefineDataProperty("asyncIterator", symAsyncIterator, goja.FLAG_FALSE, goja.FLAG_FALSE, goja.FLAG_FALSE)
	r.fnToString = rt.Get("Function").ToObject(rt).Get("prototype").ToObject(rt).Get("toString")
	r.insp = inspect.New(rt, inspect.Hooks{Host: r.inspectHost, FunctionSource: r.functionSource})
	r.installPromise()
	r.installLV()
	r.installErrors()
	r.installJSON()
	r.installGlobals()
	r.installLimits()
}

// wallClock is what Date sees: the fixed epoch plus virtual time.
func (r *runner) wallClock() time.Time {
	ms := sim.Epoch + int64(sim.Bootstrap/sim.Millisecond)
	return time.UnixMilli(ms).Add(time.Duration(r.world.Now())).UTC()
}

// fn makes a native JavaScript function with a proper name and length (goja
// would name it after the Go function).
func (r *runner) fn(name string, length int, f func(goja.FunctionCall) goja.Value) *goja.Object {
	o := r.rt.ToValue(f).(*goja.Object)
	_ = o.DefineDataProperty("name", r.rt.ToValue(name), goja.FLAG_FALSE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	_ = o.DefineDataProperty("length", r.rt.ToValue(length), goja.FLAG_FALSE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	return o
}

// method defines a non-enumerable native method on obj, as built-ins are.
func (r *runner) method(obj *goja.Object, name string, length int, f func(goja.FunctionCall) goja.Value) *goja.Object {
	m := r.fn(name, length, f)
	_ = obj.DefineDataProperty(name, m, goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	return m
}

// throw raises a JavaScript exception from inside a native function.
func (r *runner) throw(v goja.Value) { panic(v) }

func (r *runner) throwTypeError(format string, args ...any) {
	panic(r.newError("TypeError", fmt.Sprintf(format, args...)))
}

// jsErr turns what goja returned from a call into what the model understands:
// a *sim.Thrown for a JavaScript exception, or the stop/exit the run was
// interrupted for.
func (r *runner) jsErr(err error) error {
	if err == nil {
		return nil
	}
	var ex *goja.Exception
	if errors.As(err, &ex) {
		v := ex.Value()
		r.fixError(v)
		r.lastThrowVal = v
		r.lastThrow = nil
		for _, f := range ex.Stack() {
			if src := f.SrcName(); isUserSource(src) {
				pos := f.Position()
				col := callColumn(r.sourceLine(src, pos.Line), pos.Column)
				r.lastThrow = &throwSite{file: src, line: pos.Line, col: col}
				break
			}
		}
		return &sim.Thrown{Value: v}
	}
	var ie *goja.InterruptedError
	if errors.As(err, &ie) {
		if s, ok := ie.Value().(*limitSignal); ok {
			return r.limitStop(s)
		}
		if e, ok := ie.Value().(error); ok {
			return e
		}
		return err
	}
	var so *goja.StackOverflowError
	if errors.As(err, &so) {
		return &sim.Thrown{Value: r.newError("RangeError", "Maximum call stack size exceeded")}
	}
	return err
}

// call calls a JavaScript function for the model, converting its outcome.
func (r *runner) call(fn goja.Callable, this goja.Value, args ...goja.Value) error {
	_, err := fn(this, args...)
	return r.jsErr(err)
}

// interrupt stops JavaScript at its next instruction (process.exit, a bound):
// the outermost call returns err to the model.
func (r *runner) interrupt(err error) { r.rt.Interrupt(err) }

// str converts a value to a Go string the way String(v) does.
func (r *runner) str(v goja.Value) string {
	if v == nil {
		return "undefined"
	}
	return v.String()
}

// validUTF8 replaces invalid bytes so output stays valid text.
func validUTF8(b []byte) string {
	if utf8.Valid(b) {
		return string(b)
	}
	return decodeWHATWG(b)
}

// decodeWHATWG decodes UTF-8 as node reads a source file (the WHATWG decoder):
// each maximal subpart of an invalid sequence becomes one U+FFFD, so a lone
// bad byte is one replacement character and a truncated three-byte sequence
// is one too. (strings.ToValidUTF8 would fold a whole run into one.)
func decodeWHATWG(b []byte) string {
	var sb strings.Builder
	sb.Grow(len(b) + 8)
	for i := 0; i < len(b); {
		r, size := utf8.DecodeRune(b[i:])
		if r != utf8.RuneError || size > 1 {
			sb.Write(b[i : i+size])
			i += size
			continue
		}
		// An invalid or truncated sequence: skip the lead byte and the
		// continuation bytes that could still have completed it.
		n, lo, hi := 0, byte(0x80), byte(0xBF)
		switch c := b[i]; {
		case c >= 0xC2 && c <= 0xDF:
			n = 1
		case c == 0xE0:
			n, lo = 2, 0xA0
		case c >= 0xE1 && c <= 0xEC, c == 0xEE, c == 0xEF:
			n = 2
		case c == 0xED:
			n, hi = 2, 0x9F
		case c == 0xF0:
			n, lo = 3, 0x90
		case c >= 0xF1 && c <= 0xF3:
			n = 3
		case c == 0xF4:
			n, hi = 3, 0x8F
		}
		j := i + 1
		for k := 0; k < n && j < len(b) && b[j] >= lo && b[j] <= hi; k++ {
			j++
			lo, hi = 0x80, 0xBF
		}
		sb.WriteString("\uFFFD")
		i = j
	}
	return sb.String()
}

// ThreadpoolSizeOf is the threadpool size a run with these options gets:
// --threadpool, else UV_THREADPOOL_SIZE from the environment, else 4.
func ThreadpoolSizeOf(opts Options) int {
	if opts.ThreadpoolSize > 0 {
		return min(opts.ThreadpoolSize, 1024)
	}
	if n := envThreadpool(normalizeEnv(opts.Env)); n > 0 {
		return n
	}
	return sim.DefaultThreadpoolSize
}
