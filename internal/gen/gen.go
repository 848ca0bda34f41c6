// Package gen generates random event-loop programs for differential testing
// against node, and shrinks a program that shows a difference to the smallest
// one that still does.
//
// A program is a tree of Nodes. Each node is one self-contained construct (a
// timer, a promise chain, an async function, an emitter...) whose callbacks
// each log a unique label, so the output of a run is the order in which the
// callbacks ran. Because every node declares what it uses inside its own
// block, removing any node, or replacing it by its body, leaves a valid
// program: that is what the shrinker relies on.
//
// The same seed always gives the same program.
package gen

import (
	"fmt"
	"math/rand"
	"strings"
)

// Kind is what a node is.
type Kind int

// The kinds of node. Statement kinds may appear in any callback body; Await
// kinds only in the body of an async function; Link, Elem and Listener are
// parts of a Chain, a Combinator and an Emitter.
const (
	Log        Kind = iota // console.log('L')
	Tick                   // process.nextTick(cb)
	Microtask              // queueMicrotask(cb)
	Chain                  // a promise chain: a head, then Links
	Timeout                // setTimeout(cb, A)
	Immediate              // setImmediate(cb)
	Interval               // setInterval(cb, A), cleared after B calls
	AsyncFn                // an async function, defined and called
	Combinator             // Promise.all/allSettled/race/any over Elems
	Emitter                // an EventEmitter with Listeners, emitted B times
	ReadFile               // fs.readFile(__filename, cb) (several pool requests)
	Stat                   // fs.stat(__filename, cb) (one pool request)
	Pool                   // crypto.pbkdf2(..., A iterations, ..., cb)
	Reject                 // a rejected promise, caught late or never
	Throw                  // throw (ends the callback; uncaught unless handled)
	Handler                // a process listener (top level only)
	Await                  // await of something (async bodies only), then a log
	Link                   // one .then/.catch/.finally of a Chain
	Elem                   // one element of a Combinator
	Listener               // one listener of an Emitter
)

var kindNames = [...]string{"log", "tick", "microtask", "chain", "timeout", "immediate", "interval", "async",
	"combinator", "emitter", "readFile", "stat", "pool", "reject", "throw", "handler", "await", "link", "elem", "listener"}

func (k Kind) String() string {
	if int(k) < len(kindNames) {
		return kindNames[k]
	}
	return fmt.Sprintf("kind(%d)", int(k))
}

// Node is one construct of a generated program.
type Node struct {
	Kind  Kind
	Label string  // logged when the node's (first) callback runs
	V     int     // variant: which form of the construct (see the printer)
	A, B  int     // numbers: a delay, a count, iterations
	Parts []*Node // links of a chain, elements of a combinator, listeners of an emitter
	Body  []*Node // statements of the node's callback
}

// Program is a generated CommonJS program.
type Program struct {
	Seed   int64
	Timers bool // the program's flavour: timers and immediates, or I/O (see Generate)
	Body   []*Node
}

// Config bounds the programs Generate makes.
type Config struct {
	MaxDepth int // nesting of callbacks inside callbacks (the issue asks for 3)
	MaxNodes int // statements in the whole program, roughly
	TopLevel int // most statements at the top level
}

// DefaultConfig is what the differential test uses.
var DefaultConfig = Config{MaxDepth: 3, MaxNodes: 24, TopLevel: 7}

// Generate makes the program for seed.
//
// A program is of one of two flavours: it uses timers and immediates, or it
// uses threadpool I/O (files, pbkdf2), never both; and its I/O runs one
// request at a time. Everything else (ticks, microtasks, promises, async
// functions, emitters, rejections, handlers) appears in both. The reason is
// that the order of a timer against an I/O callback, of an I/O callback
// against an immediate, or of two I/O callbacks against each other, depends
// on how long the I/O takes in real time: node shows either order from run to
// run, and more so on a loaded machine (a readFile lost to a 15 ms timer, a
// stat lost to a 5 ms interval, a 1-iteration pbkdf2 lost to setImmediate in
// a quarter of runs). Those orders measure the machine, not the event loop's
// rules, so the differential test keeps them out; scenarios/corpus covers
// the I/O-against-immediate cases the model does decide (readFile against
// chained immediates).
func Generate(seed int64, cfg Config) *Program {
	g := &generator{rng: rand.New(rand.NewSource(seed)), cfg: cfg}
	g.timers = g.rng.Intn(2) == 0
	g.io = !g.timers
	p := &Program{Seed: seed, Timers: g.timers}
	n := 2 + g.rng.Intn(max(1, cfg.TopLevel-1))
	for i := 0; i < n && g.nodes < cfg.MaxNodes; i++ {
		p.Body = append(p.Body, g.stmt(0, ctxTop))
	}
	return p
}

type context int

const (
	ctxTop   context = iota // the main module's top level
	ctxSync                 // a callback
	ctxAsync                // the body of an async function
)

type generator struct {
	rng      *rand.Rand
	cfg      Config
	nodes    int
	labels   int
	handlers [4]bool // which process listeners exist (one of each at most)
	throws   int     // uncaught-error constructs so far (a program gets at most two)
	timers   bool    // the flavour: timers and immediates (else threadpool I/O)
	io       bool    // an I/O construct may go here: no other I/O would be in flight
}

func (g *generator) label() string {
	g.labels++
	return labelName(g.labels)
}

// labelName spells label number n as a short lowercase word: a, b, ..., z, ba, bb...
func labelName(n int) string {
	var b []byte
	for n--; ; n = n/26 - 1 {
		b = append([]byte{byte('a' + n%26)}, b...)
		if n < 26 {
			break
		}
	}
	return string(b)
}

func (g *generator) pick(weights ...int) int {
	total := 0
	for _, w := range weights {
		total += w
	}
	r := g.rng.Intn(total)
	for i, w := range weights {
		if r < w {
			return i
		}
		r -= w
	}
	return len(weights) - 1
}

// delay picks a timer delay: 0 or 1 ms, the same duration in node. Timers
// of one duration share one list in node and run in the order they were
// armed, whatever the machine's speed; which phase they run in is one of the
// races the model knows (a timer due 1 ms after the loop time). Timers of
// different durations are ordered by real time: on a loaded machine node
// stalls for tens of milliseconds (a 50 ms timer was seen firing before the
// main module's first immediate), so their order measures the machine, not
// the event loop's rules. scenarios/corpus covers lists of several durations.
func (g *generator) delay() int {
	return g.rng.Intn(2)
}

// body makes the statements of a callback at depth d.
func (g *generator) body(d int, ctx context) []*Node {
	if d >= g.cfg.MaxDepth || g.nodes >= g.cfg.MaxNodes {
		return nil
	}
	n := g.pick(3, 4, 2, 1)
	if ctx == ctxAsync {
		n = 1 + g.pick(2, 3, 2)
	}
	var out []*Node
	for i := 0; i < n && g.nodes < g.cfg.MaxNodes; i++ {
		s := g.stmt(d, ctx)
		out = append(out, s)
		if s.Kind == Throw {
			break // nothing after a throw would run
		}
	}
	return out
}

// stmt makes one statement for a body at depth d (its callbacks are at d+1).
func (g *generator) stmt(d int, ctx context) *Node {
	g.nodes++
	weights := []int{
		Log: 6, Tick: 6, Microtask: 5, Chain: 7, Timeout: 7, Immediate: 7, Interval: 2, AsyncFn: 7,
		Combinator: 3, Emitter: 3, ReadFile: 3, Stat: 2, Pool: 3, Reject: 2, Throw: 0, Handler: 0, Await: 0,
	}
	if ctx == ctxTop {
		weights[Handler] = 2
	} else if g.throws < 2 {
		weights[Throw] = 1
	}
	if ctx == ctxAsync {
		weights[Await] = 24
	}
	if g.throws >= 2 {
		weights[Reject] = 0
	}
	if !g.timers {
		weights[Timeout], weights[Immediate], weights[Interval] = 0, 0, 0
	}
	if !g.io {
		weights[ReadFile], weights[Stat], weights[Pool] = 0, 0, 0
	}
	k := Kind(g.pick(weights...))
	n := &Node{Kind: k}
	switch k {
	case Log:
		n.Label = g.label()
	case Tick, Microtask, Immediate:
		n.Label = g.label()
		n.Body = g.body(d+1, ctxSync)
	case ReadFile, Stat, Pool:
		n.Label = g.label()
		if k == Pool {
			n.A = []int{1, 10, 100}[g.rng.Intn(3)]
		}
		// The callback runs once this request is done: it may start the next.
		g.io = true
		n.Body = g.body(d+1, ctxSync)
		g.io = false
	case Timeout:
		n.Label, n.A = g.label(), g.delay()
		n.Body = g.body(d+1, ctxSync)
	case Interval:
		// A 1 ms interval shares the list of the 1 ms timers (see delay).
		n.Label, n.A, n.B = g.label(), 1, 2+g.rng.Intn(2)
		n.Body = g.body(d+1, ctxSync)
	case Chain:
		g.chain(n, d)
	case AsyncFn:
		// 0: declared, then called; 1: an async arrow called at once; 2: called, then
		// .then(); 3: called, then .catch() (the body may throw).
		n.Label, n.V = g.label(), g.pick(3, 3, 2, 2)
		n.Body = g.body(d+1, ctxAsync)
		if n.V >= 2 {
			n.Parts = []*Node{{Kind: Link, Label: g.label(), V: map[int]int{2: linkThen, 3: linkCatch}[n.V]}}
		}
	case Combinator:
		g.combinator(n, d)
	case Emitter:
		g.emitter(n, d)
	case Reject:
		// 0: never handled; 1-4: a .catch attached in a nextTick, a microtask, a timer,
		// an immediate. 5: rejected with a string, caught in a nextTick.
		n.Label, n.V = g.label(), g.pick(2, 3, 2, 1, 1, 1)
		if n.V == 0 || n.V == 3 || n.V == 4 {
			g.throws++
		}
	case Throw:
		// 0: an Error; 1: a string.
		n.Label, n.V = g.label(), g.pick(3, 1)
		g.throws++
	case Handler:
		g.handler(n, d)
	case Await:
		g.await(n, d)
	}
	return n
}

// Link variants.
const (
	linkThen         = iota // .then(cb)
	linkCatch               // .catch(cb)
	linkFinally             // .finally(cb)
	linkThenPromise         // .then(cb) where cb returns a resolved promise (two extra ticks)
	linkThenThenable        // .then(cb) where cb returns a thenable (one extra tick)
	linkThenThrow           // .then(cb) where cb throws
	linkThenBoth            // .then(onFulfilled, onRejected)
	numLinks
)

// Chain head variants.
const (
	headResolve  = iota // Promise.resolve(1)
	headReject          // Promise.reject(new Error(L))
	headExecutor        // new Promise((res) => { log; res(); })
	headTimer           // new Promise((res) => setTimeout(res, A))
	headAsync           // (async () => { log; await null; })()
	numHeads
)

func (g *generator) chain(n *Node, d int) {
	n.Label = g.label()
	n.V = g.pick(5, 2, 3, 1, 2)
	if n.V == headTimer && !g.timers {
		n.V = headResolve
	}
	if n.V == headTimer {
		n.A = g.delay()
	}
	links := 1 + g.pick(3, 3, 2)
	rejected := n.V == headReject
	for i := 0; i < links; i++ {
		l := &Node{Kind: Link, Label: g.label(), V: g.pick(6, 2, 2, 2, 2, 1, 1)}
		if l.V == linkThenThrow {
			rejected = true
		}
		if l.V == linkCatch || l.V == linkThenBoth {
			rejected = false
		}
		if g.nodes < g.cfg.MaxNodes && g.rng.Intn(3) == 0 {
			l.Body = g.body(d+1, ctxSync)
		}
		n.Parts = append(n.Parts, l)
	}
	// Most chains that can end rejected are caught at the end; the others make
	// an unhandled rejection (a program gets at most two).
	if rejected {
		if g.throws < 2 && g.rng.Intn(4) == 0 {
			g.throws++
		} else {
			n.Parts = append(n.Parts, &Node{Kind: Link, Label: g.label(), V: linkCatch})
		}
	}
}

// Combinator variants and element variants.
const (
	combAll = iota
	combAllSettled
	combRace
	combAny
)

const (
	elemValue     = iota // a plain value
	elemResolved         // Promise.resolve(v)
	elemRejected         // Promise.reject('L') (a string: printing an Error would print its stack)
	elemTimer            // new Promise((r) => setTimeout(() => { log; r(v); }, A))
	elemAsync            // (async () => { log; await null; return v; })()
	elemImmediate        // new Promise((r) => setImmediate(() => { log; r(v); }))
	numElems
)

func (g *generator) combinator(n *Node, d int) {
	n.Label, n.V = g.label(), g.pick(3, 2, 2, 2)
	k := 1 + g.pick(1, 3, 2)
	for i := 0; i < k; i++ {
		e := &Node{Kind: Elem, Label: g.label(), V: g.pick(2, 3, 1, 2, 3, 2), A: g.delay(), B: i + 1}
		if !g.timers && (e.V == elemTimer || e.V == elemImmediate) {
			e.V = elemResolved
		}
		n.Parts = append(n.Parts, e)
	}
	n.Body = g.body(d+1, ctxSync)
}

// Emitter: A is how the emits happen (0 sync, 1 in a nextTick, 2 in an
// immediate), B how many emits. Listener variants: on, once, prependListener,
// an async listener (awaits, then logs again).
func (g *generator) emitter(n *Node, d int) {
	n.Label, n.A, n.B = g.label(), g.pick(3, 1, 1), 1+g.rng.Intn(2)
	if n.A == 2 && !g.timers {
		n.A = 1 // emits in immediates need the timers flavour
	}
	k := 1 + g.pick(2, 2, 1)
	for i := 0; i < k; i++ {
		l := &Node{Kind: Listener, Label: g.label(), V: g.pick(4, 2, 1, 2)}
		if l.V == 3 {
			l.A = g.labels + 1
			g.label()
		}
		if g.nodes < g.cfg.MaxNodes && g.rng.Intn(3) == 0 {
			// A listener emitted twice may start its I/O twice at a time: the two
			// requests are identical, and jobs of equal cost finishing together
			// are a race the model knows.
			l.Body = g.body(d+1, ctxSync)
		}
		n.Parts = append(n.Parts, l)
	}
}

// Handler variants: the four process events a program can listen to.
const (
	handlerUnhandledRejection = iota
	handlerUncaughtException
	handlerExit
	handlerBeforeExit
)

func (g *generator) handler(n *Node, d int) {
	n.Label = g.label()
	n.V = g.pick(2, 2, 3, 2)
	if g.handlers[n.V] {
		// One listener per event: a second becomes a plain log.
		n.Kind = Log
		return
	}
	if n.V == handlerUncaughtException && !g.timers {
		// An exception handled by a listener makes node queue an immediate (to
		// drain the ticks the throw left behind), and an immediate races with
		// the threadpool as in Generate: a plain log instead.
		n.Kind = Log
		return
	}
	g.handlers[n.V] = true
	if n.V == handlerBeforeExit {
		n.Body = g.body(d+1, ctxSync)
	}
}

// Await variants.
const (
	awaitValue          = iota // await 1
	awaitResolved              // await Promise.resolve(1)
	awaitThenable              // await { then(r) { log; r(1); } }
	awaitAsync                 // await (async () => { log; BODY })()
	awaitTimer                 // await new Promise((r) => setTimeout(r, A))
	awaitImmediate             // await new Promise((r) => setImmediate(r))
	awaitCaught                // try { await Promise.reject(...) } catch { log }
	awaitFile                  // await fs.promises.readFile(__filename)
	awaitTick                  // await new Promise((r) => process.nextTick(r))
	awaitAll                   // await Promise.all([...]) over Elems
	awaitThrows                // try { await (async () => { log; throw })() } catch { log }
	awaitRejectThenable        // try { await { then(_, j) { log; j(...) } } } catch { log }
	awaitTimersPromise         // await require('timers/promises').setImmediate() or setTimeout(A)
	awaitPromisified           // await util.promisify(fs.stat)(__filename)
	numAwaits
)

func (g *generator) await(n *Node, d int) {
	n.Label = g.label()
	weights := []int{4, 4, 3, 4, 2, 2, 2, 1, 2, 1, 2, 2, 2, 1}
	if !g.timers {
		weights[awaitTimer], weights[awaitImmediate], weights[awaitTimersPromise] = 0, 0, 0
	}
	if !g.io {
		weights[awaitFile], weights[awaitPromisified] = 0, 0
	}
	n.V = g.pick(weights...)
	switch n.V {
	case awaitFile, awaitPromisified:
		g.io = false // the statements after the await run once the file is read, but so may others
	case awaitThrows, awaitRejectThenable:
		n.A = g.labels + 1
		g.label()
	case awaitTimersPromise:
		n.A = g.rng.Intn(2) // 0: setImmediate(), 1: setTimeout(B)
		n.B = g.delay()
	case awaitThenable, awaitCaught:
		n.A = g.labels + 1
		g.label()
	case awaitAsync:
		n.A = g.labels + 1
		g.label()
		n.Body = g.body(d+1, ctxAsync)
	case awaitTimer:
		n.B = g.delay()
	case awaitAll:
		kinds := []int{elemValue, elemResolved, elemAsync, elemTimer, elemImmediate}
		if !g.timers {
			kinds = kinds[:3]
		}
		for i := 0; i < 1+g.rng.Intn(3); i++ {
			v := kinds[g.rng.Intn(len(kinds))]
			n.Parts = append(n.Parts, &Node{Kind: Elem, Label: g.label(), V: v, A: g.delay(), B: i + 1})
		}
	}
}

// Uses reports which modules the program needs.
func (p *Program) uses() (fs, crypto, events bool) {
	p.Walk(func(n *Node) {
		switch {
		case n.Kind == ReadFile || n.Kind == Stat || n.Kind == Await && (n.V == awaitFile || n.V == awaitPromisified):
			fs = true
		case n.Kind == Pool:
			crypto = true
		case n.Kind == Emitter:
			events = true
		}
	})
	return
}

// Walk calls f for every node of the program, parents before children.
func (p *Program) Walk(f func(*Node)) {
	var walk func([]*Node)
	walk = func(list []*Node) {
		for _, n := range list {
			f(n)
			walk(n.Parts)
			walk(n.Body)
		}
	}
	walk(p.Body)
}

// Size is the number of nodes in the program.
func (p *Program) Size() int {
	n := 0
	p.Walk(func(*Node) { n++ })
	return n
}

// Clone returns a deep copy of the program.
func (p *Program) Clone() *Program {
	return &Program{Seed: p.Seed, Timers: p.Timers, Body: cloneList(p.Body)}
}

func cloneList(list []*Node) []*Node {
	if list == nil {
		return nil
	}
	out := make([]*Node, len(list))
	for i, n := range list {
		c := *n
		c.Parts = cloneList(n.Parts)
		c.Body = cloneList(n.Body)
		out[i] = &c
	}
	return out
}

// Source prints the program as CommonJS.
func (p *Program) Source() string {
	var w printer
	w.line("// generated by internal/gen, seed %d", p.Seed)
	fs, crypto, events := p.uses()
	if fs {
		w.line("const fs = require('fs');")
	}
	if crypto {
		w.line("const crypto = require('crypto');")
	}
	if events {
		w.line("const EventEmitter = require('events');")
	}
	w.list(p.Body)
	return w.b.String()
}

// String is the program's source.
func (p *Program) String() string { return p.Source() }

// describe summarizes which kinds a program uses (for reports).
func (p *Program) describe() string {
	count := map[Kind]int{}
	p.Walk(func(n *Node) { count[n.Kind]++ })
	var parts []string
	for k := Log; k <= Listener; k++ {
		if count[k] > 0 {
			parts = append(parts, fmt.Sprintf("%s:%d", k, count[k]))
		}
	}
	return strings.Join(parts, " ")
}
