package ui

import (
	"regexp"
	"sort"
	"strconv"
	"strings"

	"github.com/loopviz/loopviz/sim"
)

// timeline holds what the viewer needs to move through a run and draw it
// without scanning the trace per frame: the steps of each level, where the
// callbacks and phase changes are, the output split into lines, and where
// each step is in the source. It is built once per run, in one pass.
type timeline struct {
	run   *Run
	trace *sim.Trace

	// atLevel[l] lists the steps a viewer at level l stops at (loop and api;
	// at statement level it stops at every step).
	atLevel [2][]int32
	// callbacks are the steps where a callback starts.
	callbacks []int32
	// phaseChanges are the steps where the loop enters a phase or starts
	// draining a queue, or the run moves between the main module, the loop
	// and exit.
	phaseChanges []int32
	// problems are the steps with an uncaught error or a stop, with where
	// in the source each one happened.
	problems []problem

	// lines is every output line of the run; firstLine[k] is the index in
	// lines of output k's first line (len(Output)+1 entries).
	lines     []outLine
	firstLine []int32

	// anchor[i] is the latest step at or before i that has a place in the
	// source (a statement, or JavaScript on the stack), or -1: the source
	// pane stays there while the loop works between callbacks.
	anchor []int32

	usage   runUsage               // what the run uses: decides the layout
	sources map[string]*sourceFile // by absolute path (lookups only)
	// openAtProblem says the program never ran (it does not compile): the
	// viewer opens on the error rather than on an empty start.
	openAtProblem bool
}

// outLine is one line of the program's output.
type outLine struct {
	text   string // sanitized, without its newline
	stderr bool
	output int32 // index in Trace.Output
}

// problem is an uncaught error or a stop, and where it happened.
type problem struct {
	step int32
	at   srcPos // zero when unknown
}

// srcPos is a place in a source file (1-based line and column).
type srcPos struct {
	file string
	line int32
	col  int32
}

func (p srcPos) known() bool { return p.line > 0 }

func newTimeline(run *Run) *timeline {
	t := run.Trace
	tl := &timeline{run: run, trace: t, sources: map[string]*sourceFile{}, anchor: make([]int32, t.Len())}
	last := int32(-1)
	var prev *sim.Step
	for i, s := range t.All() {
		i32 := int32(i)
		if s.Level <= sim.LevelLoop {
			tl.atLevel[sim.LevelLoop] = append(tl.atLevel[sim.LevelLoop], i32)
		}
		if s.Level <= sim.LevelAPI {
			tl.atLevel[sim.LevelAPI] = append(tl.atLevel[sim.LevelAPI], i32)
		}
		switch s.Kind {
		case sim.KindCallbackStart:
			tl.callbacks = append(tl.callbacks, i32)
		case sim.KindError, sim.KindStop:
			tl.problems = append(tl.problems, problem{step: i32})
		case sim.KindWorkStart:
			tl.usage.pool = true
		case sim.KindIOStart, sim.KindHandleOpen:
			tl.usage.io = true
		}
		if s.Kind == sim.KindPhase || s.Kind == sim.KindDrain || (prev != nil && outsideLoop(prev.Phase) != outsideLoop(s.Phase)) {
			tl.phaseChanges = append(tl.phaseChanges, i32)
		}
		if s.Kind == sim.KindStatement || len(t.Stack(s.Stack)) > 0 {
			last = i32
		}
		tl.anchor[i] = last
		prev = s
	}
	tl.usage.slots = run.poolSize()
	tl.usage.lanes = len(t.Lanes)
	tl.splitOutput()
	for i := range tl.problems {
		tl.problems[i].at = tl.problemSite(int(tl.problems[i].step))
	}
	for file, src := range run.Sources {
		tl.sources[file] = newSourceFile(file, src)
	}
	if tl.sources[run.File] == nil {
		tl.sources[run.File] = newSourceFile(run.File, nil)
	}
	if len(tl.problems) > 0 {
		p := int(tl.problems[0].step)
		tl.openAtProblem = t.Step(p).Kind == sim.KindError &&
			strings.Contains(t.StepLabel(p), "SyntaxError") && !tl.anyStatementBefore(p)
	}
	return tl
}

// outsideLoop groups the phases into before the loop, the loop, and after it.
func outsideLoop(p sim.Phase) int {
	switch p {
	case sim.PhaseMain:
		return 0
	case sim.PhaseExit:
		return 2
	}
	return 1
}

func (tl *timeline) anyStatementBefore(n int) bool {
	for i := 0; i < n; i++ {
		if tl.trace.Step(i).Kind == sim.KindStatement {
			return true
		}
	}
	return false
}

func (tl *timeline) splitOutput() {
	outs := tl.trace.Output
	tl.firstLine = make([]int32, 0, len(outs)+1)
	for k, o := range outs {
		tl.firstLine = append(tl.firstLine, int32(len(tl.lines)))
		text := strings.TrimSuffix(o.Text, "\n")
		for _, l := range strings.Split(text, "\n") {
			tl.lines = append(tl.lines, outLine{text: sanitize(l), stderr: o.Stream == sim.Stderr, output: int32(k)})
		}
	}
	tl.firstLine = append(tl.firstLine, int32(len(tl.lines)))
}

// linesAt is how many output lines the program has printed by the end of step n.
func (tl *timeline) linesAt(n int) int {
	outs := tl.trace.Output
	k := sort.Search(len(outs), func(i int) bool { return int(outs[i].Step) > n })
	return int(tl.firstLine[k])
}

// visible reports whether a viewer at level stops at step i.
func (tl *timeline) visible(level sim.Level, i int) bool {
	return tl.trace.Step(i).Level <= level
}

// next is the first step after cur that a viewer at level stops at, or cur.
func (tl *timeline) next(level sim.Level, cur int) int {
	if level >= sim.LevelStatement {
		return min(cur+1, tl.trace.Len()-1)
	}
	return after(tl.atLevel[level], cur)
}

// prev is the last step before cur that a viewer at level stops at, or cur.
func (tl *timeline) prev(level sim.Level, cur int) int {
	if level >= sim.LevelStatement {
		return max(cur-1, 0)
	}
	return before(tl.atLevel[level], cur)
}

// first and last are the first and last steps a viewer at level stops at.
func (tl *timeline) first(level sim.Level) int {
	if level >= sim.LevelStatement || len(tl.atLevel[level]) == 0 {
		return 0
	}
	return int(tl.atLevel[level][0])
}

func (tl *timeline) last(level sim.Level) int {
	if level >= sim.LevelStatement || len(tl.atLevel[level]) == 0 {
		return max(tl.trace.Len()-1, 0)
	}
	return int(tl.atLevel[level][len(tl.atLevel[level])-1])
}

// countAt is how many steps a viewer at level stops at, and the position of
// step cur among them (1-based; a step between two stops counts as the
// earlier one).
func (tl *timeline) countAt(level sim.Level, cur int) (pos, total int) {
	if level >= sim.LevelStatement {
		return cur + 1, tl.trace.Len()
	}
	l := tl.atLevel[level]
	return sort.Search(len(l), func(i int) bool { return int(l[i]) > cur }), len(l)
}

// after is the first element of sorted list greater than cur, or cur.
func after(list []int32, cur int) int {
	i := sort.Search(len(list), func(i int) bool { return int(list[i]) > cur })
	if i < len(list) {
		return int(list[i])
	}
	return cur
}

// before is the last element of sorted list less than cur, or cur.
func before(list []int32, cur int) int {
	i := sort.Search(len(list), func(i int) bool { return int(list[i]) >= cur })
	if i > 0 {
		return int(list[i-1])
	}
	return cur
}

// problemAt returns the problem recorded at step n, if any.
func (tl *timeline) problemAt(n int) (problem, bool) {
	i := sort.Search(len(tl.problems), func(i int) bool { return int(tl.problems[i].step) >= n })
	if i < len(tl.problems) && int(tl.problems[i].step) == n {
		return tl.problems[i], true
	}
	return problem{}, false
}

// problemBy returns the first problem at or before step n, if any.
func (tl *timeline) problemBy(n int) (problem, bool) {
	if len(tl.problems) > 0 && int(tl.problems[0].step) <= n {
		return tl.problems[0], true
	}
	return problem{}, false
}

// fatalSiteRe matches the first line of Node's report of an uncaught error
// or a syntax error: "/path/file.js:4" or "/path/file.js:4:10".
var fatalSiteRe = regexp.MustCompile(`^(/[^:]*|[A-Za-z]:\\[^:]*):(\d+)(?::(\d+))?$`)

// stopSiteRe finds "file.js:12" in a stop's message ("runaway code at loop.js:2").
var stopSiteRe = regexp.MustCompile(`([^\s:()]+\.[cm]?js):(\d+)(?::(\d+))?`)

// problemSite finds where the error or stop at step n happened: from Node's
// report on stderr (its first line is the file and line, as node prints it),
// else the statement that ran last, else the top of the stack.
func (tl *timeline) problemSite(n int) srcPos {
	t := tl.trace
	s := t.Step(n)
	if s.Kind == sim.KindError {
		outs := t.Output
		k := sort.Search(len(outs), func(i int) bool { return int(outs[i].Step) >= n })
		for ; k < len(outs); k++ {
			if outs[k].Stream != sim.Stderr {
				continue
			}
			first, _, _ := strings.Cut(outs[k].Text, "\n")
			if m := fatalSiteRe.FindStringSubmatch(first); m != nil {
				line, _ := strconv.Atoi(m[2])
				col, _ := strconv.Atoi(m[3])
				return srcPos{file: m[1], line: int32(line), col: int32(col)}
			}
			break
		}
	}
	if s.Kind == sim.KindStop && tl.run.Stop != nil {
		if m := stopSiteRe.FindStringSubmatch(tl.run.Stop.Message); m != nil {
			line, _ := strconv.Atoi(m[2])
			col, _ := strconv.Atoi(m[3])
			return srcPos{file: m[1], line: int32(line), col: int32(col)}
		}
	}
	// The statement that ran last, if it is recent: a throw is a statement.
	for i := n; i >= 0 && i > n-4096; i-- {
		st := t.Step(i)
		if st.Kind == sim.KindStatement {
			if p := t.Stmts[st.Arg]; p.Line > 0 {
				return srcPos{file: p.File, line: p.Line, col: p.Col}
			}
		}
		if st.Kind == sim.KindCallbackStart {
			break
		}
	}
	if st := t.Stack(s.Stack); len(st) > 0 {
		return srcPos{file: st[0].File, line: st[0].Line, col: st[0].Col}
	}
	return srcPos{}
}

// posKind says how a step relates to its place in the source.
type posKind uint8

const (
	posNone    posKind = iota
	posRunning         // JavaScript is running this line
	posQueued          // the step is about a callback queued on this line
	posProblem         // an error or stop happened here
)

// position is where step n is in the source, and how.
func (tl *timeline) position(n int) (srcPos, posKind) {
	t := tl.trace
	s := t.Step(n)
	if s.Kind == sim.KindError || s.Kind == sim.KindStop {
		if p, ok := tl.problemAt(n); ok && p.at.known() {
			return p.at, posProblem
		}
	}
	if s.Kind == sim.KindStatement && int(s.Arg) < len(t.Stmts) {
		p := t.Stmts[s.Arg]
		return srcPos{file: p.File, line: p.Line, col: p.Col}, posRunning
	}
	if st := t.Stack(s.Stack); len(st) > 0 && st[0].Line > 0 {
		return srcPos{file: st[0].File, line: st[0].Line, col: st[0].Col}, posRunning
	}
	if s.Entry != 0 {
		if f := t.EntryAt(s.Entry); f.Line > 0 {
			return srcPos{file: f.File, line: f.Line, col: f.Col}, posQueued
		}
	}
	return srcPos{}, posNone
}

// anchorPos is where the source pane looks at step n when the step itself
// has no place: the last place JavaScript was.
func (tl *timeline) anchorPos(n int) srcPos {
	if n < 0 || n >= len(tl.anchor) || tl.anchor[n] < 0 {
		return srcPos{}
	}
	p, _ := tl.position(int(tl.anchor[n]))
	return p
}

// shortName is a path's last element.
func shortName(path string) string {
	if i := strings.LastIndexAny(path, `/\`); i >= 0 {
		return path[i+1:]
	}
	return path
}
