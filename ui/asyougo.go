package ui

import (
	"hash/fnv"
	"slices"
	"strconv"
	"strings"

	"github.com/loopviz/loopviz/grade"
	"github.com/loopviz/loopviz/sim"
)

// StateQuestion asks about the loop's state, not its output: right after
// the program printed the line After, in which phase the next callback runs
// (Ask "next-phase"), how many callbacks the microtask queue holds
// ("microtasks"), or how many threadpool slots are busy ("pool-busy").
type StateQuestion struct {
	After string
	Ask   string
}

// asYouGo is "predict as you go": the simulator stops before every line the
// program prints and asks which of the lines still to come is next, and at
// the puzzle's marked steps asks about the loop's state, so the user meets
// each rule at the step where it applies.
type asYouGo struct {
	lines  []string // stdout lines in the order the run prints them
	stops  []stop   // every question, in step order
	next   int      // the next stop
	nLine  int      // lines guessed so far
	asking bool
	stopAt int // the step the current question is asked at

	ask     string   // the current question
	choices []string // its choices
	cursor  int
	right   int
	wrong   int
	said    string // feedback on the last answer
	ok      bool   // the last answer was right
}

// stop is one question: before a printed line, or about the state at a step.
type stop struct {
	at      int // a line: the step that prints it; a state question: the step it is asked at
	line    int // the line's index, or -1 for a state question
	ask     string
	choices []string
	answer  int
	explain string
}

func newAsYouGo(tr *sim.Trace, state []StateQuestion, poolSize int) *asYouGo {
	a := &asYouGo{}
	var cur strings.Builder
	start := -1
	var steps []int
	flush := func() {
		a.lines = append(a.lines, strings.TrimRight(cur.String(), " \t\r"))
		steps = append(steps, start)
		cur.Reset()
		start = -1
	}
	for _, o := range tr.Output {
		if o.Stream != sim.Stdout {
			continue
		}
		for i := 0; i < len(o.Text); i++ {
			if start < 0 {
				start = int(o.Step)
			}
			if o.Text[i] == '\n' {
				flush()
				continue
			}
			cur.WriteByte(o.Text[i])
		}
	}
	if start >= 0 {
		flush()
	}
	for i, s := range steps {
		a.stops = append(a.stops, stop{at: s, line: i})
	}
	for _, q := range state {
		i := slices.Index(a.lines, q.After)
		if i < 0 {
			continue
		}
		if st, ok := stateStop(tr, steps[i], q.Ask, poolSize); ok {
			a.stops = append(a.stops, st)
		}
	}
	// In step order; at the same step the line comes first (the state
	// question is about the moment after it was printed).
	slices.SortStableFunc(a.stops, func(x, y stop) int {
		if x.at != y.at {
			return x.at - y.at
		}
		if (x.line < 0) != (y.line < 0) {
			if x.line >= 0 {
				return -1
			}
			return 1
		}
		return 0
	})
	return a
}

// stateStop makes a question about the state right after step at.
func stateStop(tr *sim.Trace, at int, ask string, poolSize int) (stop, bool) {
	snap := tr.Snapshot(at)
	st := stop{at: at, line: -1}
	switch ask {
	case "next-phase":
		st.ask = "Ticks and microtasks aside, in which phase does the loop run its next callback?"
		st.choices = []string{"timers", "pending", "poll", "check", "close", "none: the program is ending"}
		answer, what := "none: the program is ending", ""
		for i := at + 1; i < tr.Len(); i++ {
			s := tr.Step(i)
			if s.Kind != sim.KindCallbackStart {
				continue
			}
			if k := tr.Entry(s.Entry).Kind; k == sim.EntryTick || k == sim.EntryMicrotask {
				continue
			}
			switch s.Phase {
			case sim.PhaseTimers, sim.PhasePending, sim.PhasePoll, sim.PhaseCheck, sim.PhaseClose:
				answer, what = s.Phase.String(), tr.StepLabel(i)
			}
			break
		}
		st.answer = slices.Index(st.choices, answer)
		st.explain = "The next callback runs in: " + answer
		if what != "" {
			st.explain += " (" + what + ")"
		}
		st.explain += "."
	case "microtasks":
		n := len(snap.Microtasks)
		st.ask = "How many callbacks wait in the microtask queue right now?"
		for i := 0; i <= max(3, n+1); i++ {
			st.choices = append(st.choices, strconv.Itoa(i))
		}
		st.answer = n
		var labels []string
		for _, e := range snap.Microtasks {
			labels = append(labels, tr.EntryLabel(e))
		}
		st.explain = strconv.Itoa(n) + " in the queue"
		if n > 0 {
			st.explain += ": " + strings.Join(labels, "; ")
		}
		st.explain += "."
	case "pool-busy":
		busy := 0
		var labels []string
		for _, sl := range snap.Slots {
			if sl.Entry != 0 {
				busy++
				labels = append(labels, tr.EntryLabel(sl.Entry))
			}
		}
		// The run's pool size comes from its options; a program may size the
		// pool itself, so the question does not state it.
		size := max(poolSize, len(snap.Slots), 4)
		st.ask = "How many threadpool slots are busy right now?"
		for i := 0; i <= size; i++ {
			st.choices = append(st.choices, strconv.Itoa(i))
		}
		st.answer = busy
		st.explain = strconv.Itoa(busy) + " busy"
		if busy > 0 {
			st.explain += ": " + strings.Join(labels, "; ")
		}
		if w := len(snap.Work); w > 0 {
			st.explain += "; " + strconv.Itoa(w) + " more waiting for a free slot"
		}
		st.explain += "."
	default:
		return stop{}, false
	}
	return st, st.answer >= 0
}

// done reports that every question has been answered.
func (a *asYouGo) done() bool { return a.next >= len(a.stops) }

// gate stops a move forward at the next question: before the step that
// prints the next line, or at the step a state question is about. old is
// where the viewer was.
//
// Before a line it stops at the last step of the viewer's level before it,
// not at the statement that prints it: the source pane would give the
// answer away.
func (a *asYouGo) gate(v *viewer, old int) {
	if a.asking {
		if v.step != a.stopAt {
			v.goTo(a.stopAt)
		}
		return
	}
	if a.done() {
		return
	}
	s := a.stops[a.next]
	if s.line >= 0 {
		if old < s.at && v.step >= s.at {
			a.stopAt = max(min(old, s.at-1), v.tl.prev(v.level, s.at))
			v.goTo(a.stopAt)
			a.askLine()
		}
		return
	}
	if v.step >= s.at {
		a.stopAt = s.at
		v.goTo(s.at)
		a.ask, a.choices, a.cursor, a.asking = s.ask, s.choices, 0, true
	}
}

// askLine lists the distinct lines still to come, in a shuffled order that
// depends only on what is left (the same question looks the same).
func (a *asYouGo) askLine() {
	var left []string
	for _, l := range a.lines[a.nLine:] {
		if !slices.Contains(left, l) {
			left = append(left, l)
		}
	}
	h := fnv.New64a()
	for _, l := range left {
		h.Write([]byte(l))
		h.Write([]byte{0})
	}
	seed := h.Sum64()
	for i := len(left) - 1; i > 0; i-- {
		seed = seed*6364136223846793005 + 1442695040888963407
		j := int((seed >> 33) % uint64(i+1))
		left[i], left[j] = left[j], left[i]
	}
	a.ask = "which line does the program print next?"
	a.choices, a.cursor, a.asking = left, 0, true
}

// guess answers the current question with choice i, moves the viewer on,
// and asks a state question due at that step at once.
func (a *asYouGo) guess(v *viewer, i int) {
	if !a.asking || i < 0 || i >= len(a.choices) {
		return
	}
	s := a.stops[a.next]
	a.asking = false
	a.next++
	if s.line >= 0 {
		want := a.lines[s.line]
		a.nLine++
		if a.choices[i] == want {
			a.right++
			a.ok, a.said = true, "✓ right: "+strconv.Quote(want)
		} else {
			a.wrong++
			a.ok, a.said = false, "✗ you said "+strconv.Quote(a.choices[i])+"; the loop prints "+strconv.Quote(want)+"."
			if d, ok := grade.Diverge(v.tl.trace, grade.Verdict{Kind: grade.WrongLine, Line: s.line}); ok {
				a.said += " " + d.Label + ": " + d.Why
			}
		}
		old := v.step
		v.goTo(s.at)
		a.gate(v, old)
		return
	}
	if i == s.answer {
		a.right++
		a.ok, a.said = true, "✓ right. "+s.explain
	} else {
		a.wrong++
		a.ok, a.said = false, "✗ not "+a.choices[i]+". "+s.explain
	}
	a.gate(v, v.step)
}

// title is the Output pane's note while predicting as you go.
func (a *asYouGo) title() string {
	s := "as you go: " + strconv.Itoa(a.right) + " ✓ " + strconv.Itoa(a.wrong) + " ✗"
	if a.done() {
		s += " · done"
	}
	return s
}

// stateHidden reports that the panes showing the loop's state are hidden:
// a state question is being asked, and they hold its answer.
func (a *asYouGo) stateHidden() bool { return a.asking && a.stops[a.next].line < 0 }

// draw is the question, drawn in the Output pane under the lines printed so
// far.
func (a *asYouGo) draw(th *theme, w, h int, printed block) block {
	var q block
	if a.asking {
		for _, l := range wrap("? "+a.ask, w-2) {
			q = append(q, newRow(w).pad(1).add(th.warnText, l).String())
		}
		// In a small pane the question and the choices around the cursor
		// come first: the printed lines and the last feedback give way.
		first, last := 0, len(a.choices)
		if room := h - len(q); room > 0 && last > room {
			first = max(0, min(a.cursor-room/2, last-room))
			last = first + room
		}
		for i := first; i < last; i++ {
			c := a.choices[i]
			r := newRow(w)
			text := c
			if text == "" {
				text = "(empty line)"
			}
			if i == a.cursor {
				r.add(th.listCursor, " ▸ "+label(i)+" "+text+" ")
			} else {
				r.pad(3).add(th.accent, label(i)+" ").add(th.text, text)
			}
			q = append(q, r.String())
		}
		if len(q) >= h {
			return q[:h]
		}
	}
	if a.said != "" && (!a.asking || len(q)+2 <= h) {
		p := th.okText
		if !a.ok {
			p = th.errorText
		}
		for _, l := range wrap(a.said, w-2) {
			q = append(q, newRow(w).pad(1).add(p, l).String())
		}
	}
	if a.done() && !a.asking {
		q = append(q, newRow(w).pad(1).add(th.bold, "You answered "+strconv.Itoa(a.right)+" of "+strconv.Itoa(a.right+a.wrong)+" right.").String())
	}
	room := max(h-len(q), 0)
	if len(printed) > room {
		printed = printed[len(printed)-room:]
	}
	out := append(block{}, printed...)
	out = append(out, q...)
	if len(out) > h {
		out = out[len(out)-h:]
	}
	return out
}
