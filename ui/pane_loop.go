package ui

import (
	"strconv"
	"strings"

	"github.com/loopviz/loopviz/sim"
)

// stack draws the JavaScript call stack, top frame first, and names what
// the bottom frame is: the main module, a timer callback, a microtask...
func (f *frame) stack(w, h int) block {
	th := f.th
	t := f.tl.trace
	s := f.snap
	out := make(block, 0, h)
	kind := ""
	if s.Running != 0 {
		kind = t.Entry(s.Running).Kind.String()
	}
	if len(s.Stack) == 0 {
		r := newRow(w).pad(1)
		switch {
		case s.Running != 0:
			r.add(th.dim, "calling ")
			r.add(th.bold, t.EntryLabel(s.Running))
			r.add(th.dim, "  ("+kind+")")
		case s.Phase == sim.PhaseMain && f.step == 0:
			r.add(th.dim, "empty: Node is about to run the main module")
		default:
			r.add(th.dim, "empty: the event loop is in control")
		}
		return append(out, r.String())
	}
	frames := s.Stack
	show := len(frames)
	if show > h {
		show = h - 1 // the last line says how many are left out
	}
	for i := 0; i < len(frames) && len(out) < h; i++ {
		if i == show-1 && show < len(frames) {
			// Keep the bottom frame: it says what kind of callback this is.
			out = append(out, newRow(w).pad(1).add(th.dim, "… "+strconv.Itoa(len(frames)-show)+" more frames").String())
			i = len(frames) - 1
		}
		fr := frames[i]
		r := newRow(w).pad(1)
		name := fr.Func
		if name == "" {
			name = "<anonymous>"
		}
		if i == 0 {
			r.add(th.accent, "▸ ")
		} else {
			r.pad(2)
		}
		r.add(th.bold, name)
		// The bottom frame's kind comes before its place: in a narrow pane
		// the place is what gets cut.
		if i == len(frames)-1 && kind != "" && name != "("+kind+")" {
			r.add(th.queuedLine, " ("+kind+")")
		}
		if fr.Line > 0 {
			r.add(th.dim, "  "+shortName(fr.File)+":"+strconv.Itoa(int(fr.Line))+":"+strconv.Itoa(int(fr.Col)))
		}
		out = append(out, r.String())
	}
	return out
}

// railPhase is one stop on the loop rail.
type railPhase struct {
	phase            sim.Phase
	long, mid, short string
}

var rail = []railPhase{
	{sim.PhaseMain, "main", "main", "main"},
	{sim.PhaseTimers, "timers", "timers", "timers"},
	{sim.PhasePending, "pending", "pending", "pend"},
	{sim.PhaseIdle, "idle/prepare", "idle", "idle"},
	{sim.PhasePoll, "poll", "poll", "poll"},
	{sim.PhaseCheck, "check", "check", "check"},
	{sim.PhaseClose, "close", "close", "close"},
	{sim.PhaseExit, "exit", "exit", "exit"},
}

// railStyle is one way to write the rail; the widest that fits is used.
type railStyle struct {
	name     func(railPhase) string
	sep, end string // between phases; between main/exit and the loop
	ends     bool   // main and exit are drawn
}

var railStyles = []railStyle{
	{func(p railPhase) string { return p.long }, " › ", " │ ", true},
	{func(p railPhase) string { return p.mid }, " › ", " │ ", true},
	{func(p railPhase) string { return p.short }, " ", " │ ", true},
	{func(p railPhase) string { return p.short }, " ", "", false},
}

func (f *frame) loopTitle() string {
	s := f.snap
	lane := ""
	if len(f.lanes) > 1 {
		lane = f.laneName(s.Loop) + " · "
	}
	switch s.Phase {
	case sim.PhaseMain:
		return lane + "before the loop · " + s.Time.String()
	case sim.PhaseExit:
		return lane + "after the loop · " + s.Time.String()
	}
	return lane + "iteration " + strconv.Itoa(s.Iter) + " · " + s.Time.String()
}

// loopPane draws the phases as a rail with the current one lit, and a line
// saying what the loop is doing in it: running a callback, or draining the
// nextTick or microtask queue between callbacks.
func (f *frame) loopPane(w, h int) block {
	th := f.th
	s := f.snap
	style := railStyleFor(w)
	r := newRow(w).pad(1)
	litCol := -1
	for i, p := range rail {
		isEnd := p.phase == sim.PhaseMain || p.phase == sim.PhaseExit
		if isEnd && !style.ends {
			continue
		}
		r.add(th.border, style.before(i))
		name := style.name(p)
		pa := th.phaseOff
		if p.phase == s.Phase {
			pa = th.phaseOn
			litCol = r.used
		}
		r.add(pa, name)
	}
	out := block{r.String()}
	if h < 2 {
		return out
	}
	state, sp := f.loopState()
	ptr := newRow(w)
	switch {
	case litCol < 0:
		ptr.pad(1).add(sp, state)
	case litCol+2+textWidth(state) <= w:
		ptr.pad(litCol).add(th.accent, "▲ ").add(sp, state)
	default:
		start := max(litCol-textWidth(state)-1, 1)
		ptr.pad(start).add(sp, state+" ")
		ptr.pad(litCol-ptr.used).add(th.accent, "▲")
	}
	out = append(out, ptr.String())
	if h >= 3 {
		info := newRow(w).pad(1)
		info.add(th.dim, "time ")
		info.add(th.bold, s.Time.String())
		if len(s.Timers) > 0 {
			info.add(th.dim, " · next timer due ")
			info.add(th.bold, s.Timers[0].Due.String())
		}
		if n := f.tl.trace.Step(f.step); n.Kind == sim.KindClock {
			info.add(th.dim, " · ")
			info.add(th.accent, "the loop waited")
		}
		out = append(out, info.String())
	}
	return out
}

// railStyleFor is the widest rail style that fits a pane w columns wide.
func railStyleFor(w int) railStyle {
	for _, st := range railStyles {
		if railWidth(st) <= w-1 {
			return st
		}
	}
	return railStyles[len(railStyles)-1]
}

// before is what the rail draws between rail[i-1] (or the pane's edge) and
// rail[i].
func (st railStyle) before(i int) string {
	p := rail[i].phase
	switch {
	case i == 0:
		return ""
	case p == sim.PhaseExit:
		return " ↺" + st.end
	case p == sim.PhaseTimers && st.ends:
		return st.end
	case p != sim.PhaseTimers:
		return st.sep
	}
	return ""
}

func railWidth(st railStyle) int {
	w := 0
	for _, sp := range railSpans(st) {
		w = sp.end
	}
	return w
}

// railSpan is where one phase's name sits on the rail, in columns from the
// rail's first character.
type railSpan struct {
	phase      sim.Phase
	start, end int
}

// railSpans lays the rail out as loopPane draws it: what a click on the
// rail is matched against.
func railSpans(st railStyle) []railSpan {
	var spans []railSpan
	x := 0
	for i, p := range rail {
		isEnd := p.phase == sim.PhaseMain || p.phase == sim.PhaseExit
		if isEnd && !st.ends {
			continue
		}
		x += textWidth(st.before(i))
		n := textWidth(st.name(p))
		spans = append(spans, railSpan{p.phase, x, x + n})
		x += n
	}
	return spans
}

// railPhaseAt is the phase whose name is at column x of a rail drawn w
// columns wide (x counted from the rail's first character), if any.
func railPhaseAt(w, x int) (sim.Phase, bool) {
	for _, sp := range railSpans(railStyleFor(w)) {
		if x >= sp.start && x < sp.end {
			return sp.phase, true
		}
	}
	return 0, false
}

// loopState is what the loop is doing at this step, in a few words.
func (f *frame) loopState() (string, paint) {
	th := f.th
	s := f.snap
	t := f.tl.trace
	switch s.Draining {
	case sim.QueueTick:
		return "draining nextTicks (" + strconv.Itoa(len(s.Ticks)) + " left)", th.drain
	case sim.QueueMicrotask:
		return "draining microtasks (" + strconv.Itoa(len(s.Microtasks)) + " left)", th.drain
	}
	if s.Running != 0 {
		return "running " + t.Entry(s.Running).Kind.String(), th.bold
	}
	if st := t.Step(f.step); st.Kind == sim.KindClock {
		return strings.TrimSpace(t.StepLabel(f.step)), th.accent
	}
	switch s.Phase {
	case sim.PhaseMain:
		return "running the main module", th.bold
	case sim.PhaseTimers:
		return "runs the timers that are due", th.dim
	case sim.PhasePending:
		return "runs I/O callbacks deferred from the last iteration", th.dim
	case sim.PhaseIdle:
		return "libuv internals: no JavaScript runs here", th.dim
	case sim.PhasePoll:
		return "runs finished I/O callbacks, or waits for I/O", th.dim
	case sim.PhaseCheck:
		return "runs setImmediate callbacks", th.dim
	case sim.PhaseClose:
		return "runs close callbacks", th.dim
	}
	return "the loop has ended", th.dim
}
