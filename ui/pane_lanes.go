package ui

import (
	"strconv"
	"strings"

	"github.com/loopviz/loopviz/sim"
)

// The lanes pane: a run with worker threads or child processes has an event
// loop per thread, each a lane with its own clock, phase, queues and stack.
// The pane has a row per lane: where its loop is and what it is doing as of
// this step, and the messages on their way to it. The other panes show one
// lane: the one that took this step, or the one the user focused with L.

func (f *frame) lanesTitle() string {
	if f.chose {
		return "L: next lane · showing " + f.laneName(f.lanes[f.focus].Loop)
	}
	return "L: focus a lane · showing the step's"
}

func (f *frame) laneName(id int) string {
	if id < len(f.tl.trace.Lanes) {
		return f.tl.trace.Lanes[id].Name
	}
	return "loop " + strconv.Itoa(id)
}

func (f *frame) lanesPane(w, h int) block {
	th := f.th
	t := f.tl.trace
	acting := int(t.Step(f.step).Loop)
	nameW := 0
	for _, ls := range f.lanes {
		nameW = max(nameW, textWidth(f.laneName(ls.Loop)))
	}
	nameW = min(nameW, max(w/3, 8))
	// Keep the focused lane in view when there are more lanes than rows.
	first := 0
	if len(f.lanes) > h {
		first = min(max(f.focus-h/2, 0), len(f.lanes)-h)
	}
	out := block{}
	for i := first; i < len(f.lanes) && len(out) < h; i++ {
		ls := f.lanes[i]
		r := newRow(w)
		mark, mp := "  ", th.dim
		switch {
		case ls.Loop == acting:
			mark, mp = "▶ ", th.accent
		case i == f.focus:
			mark, mp = "● ", th.bold
		}
		r.add(mp, mark)
		name := f.laneName(ls.Loop)
		np := th.text
		if i == f.focus {
			np = th.bold
		}
		r.add(np, name)
		r.pad(nameW - textWidth(name) + 1)
		state, sp := f.laneState(ls)
		r.add(sp, state)
		if n := messagesInFlight(t, ls); n > 0 {
			r.add(th.dim, " · ")
			r.add(th.accent, "✉ "+strconv.Itoa(n)+" in flight")
		}
		r.addRight(th.dim, ls.Time.String())
		out = append(out, r.String())
	}
	return out
}

// laneState says in a few words where a lane's loop is.
func (f *frame) laneState(ls *sim.Snapshot) (string, paint) {
	th := f.th
	t := f.tl.trace
	last := t.Step(ls.LaneStep)
	if last.Phase == sim.PhaseExit && (last.Kind == sim.KindLifecycle && (strings.Contains(last.Label, "exits with code") || strings.HasSuffix(last.Label, "terminated"))) {
		return "ended", th.dim
	}
	phase := ls.Phase.String()
	switch {
	case last.Kind == sim.KindAPI && strings.HasPrefix(last.Label, "Atomics.wait blocks"):
		return phase + " · blocked in Atomics.wait", th.accent
	case ls.Draining == sim.QueueTick:
		return phase + " · draining nextTicks", th.drain
	case ls.Draining == sim.QueueMicrotask:
		return phase + " · draining microtasks", th.drain
	case ls.Running != 0:
		return phase + " · running " + t.EntryLabel(ls.Running), th.bold
	case last.Kind == sim.KindClock:
		return phase + " · waiting", th.dim
	}
	return phase, th.text
}

// messagesInFlight counts what other loops sent this lane that has not
// landed yet: messages, a worker's output, its exit.
func messagesInFlight(t *sim.Trace, ls *sim.Snapshot) int {
	n := 0
	for _, v := range ls.InFlight {
		if strings.HasPrefix(t.Entry(v.Entry).Origin, "sent by ") {
			n++
		}
	}
	return n
}
