package ui

import (
	"strconv"

	"github.com/loopviz/loopviz/sim"
)

// markQueues are the queues whose waiting callbacks mark their line in the
// source gutter, in the order a line with several shows the first.
var markQueues = []sim.Queue{sim.QueueTick, sim.QueueMicrotask, sim.QueueTimers, sim.QueueImmediate,
	sim.QueuePending, sim.QueuePoll, sim.QueueClose, sim.QueueWork, sim.QueueIO}

// queueMark is the gutter letter of a queue.
func queueMark(q sim.Queue) byte {
	return " nmtipocw~"[q]
}

// queueName is how the panes name a queue.
func queueName(q sim.Queue) string {
	switch q {
	case sim.QueueWork:
		return "threadpool"
	case sim.QueueIO:
		return "in flight"
	}
	return q.String()
}

// sourceView is what the source pane shows at a step: which file, which
// line is current and how, and where the viewport starts.
type sourceView struct {
	file *sourceFile
	line int // the highlighted line (1-based), 0 for none
	kind posKind
	top  int // first line shown (0-based)
}

func (f *frame) sourceView(h int) sourceView {
	tl := f.tl
	pos, kind := tl.position(f.step)
	if kind == posNone {
		// After an error or a stop, its line stays marked: it is where the
		// program died, and what the user wants to see.
		if p, ok := tl.problemBy(f.step); ok && p.at.known() {
			pos, kind = p.at, posProblem
		}
	}
	focus := pos
	if !pos.known() {
		focus = tl.anchorPos(f.step)
	}
	file := tl.sources[focus.file]
	if file == nil || len(file.lines) == 0 {
		file, kind, focus = tl.sources[tl.run.File], posNone, srcPos{}
		if pos.file == tl.run.File {
			focus = pos
		}
	}
	v := sourceView{file: file, kind: kind}
	if kind != posNone && focus.file == file.path {
		v.line = int(focus.line)
	}
	if focus.known() {
		// Center the focus line: a pure function of the step, so the pane
		// never depends on how the user got here.
		v.top = int(focus.line) - 1 - h/2
	}
	v.top = max(0, min(v.top, len(file.lines)-h))
	return v
}

func (f *frame) sourceTitle() string {
	v := f.sourceView(max(f.lay.source.h-2, 1))
	title := shortName(v.file.path)
	if v.line > 0 {
		title += ":" + strconv.Itoa(v.line)
	}
	return title
}

func (f *frame) source(w, h int) block {
	th := f.th
	v := f.sourceView(h)
	lines := v.file.lines
	if len(lines) == 0 {
		out := blank(w, h)
		if h > 0 {
			out[0] = newRow(w).add(th.dim, " (no source text)").String()
		}
		return out
	}
	marks := f.waitingMarks(v.file.path, v.top, v.top+h)
	if f.ayg != nil && f.ayg.stateHidden() {
		clear(marks) // the marks would answer the question about the queues
	}
	numW := max(len(strconv.Itoa(len(lines))), 2)
	out := make(block, 0, h)
	for i := v.top; i < v.top+h; i++ {
		r := newRow(w)
		if i >= len(lines) {
			out = append(out, r.String())
			continue
		}
		n := i + 1
		current := n == v.line
		marker, markerP := " ", th.text
		numP, codeP := th.lineNo, &th.tok
		if current {
			switch v.kind {
			case posRunning:
				marker, markerP, numP, codeP = "▶", th.accent, th.curLineNo, &th.curTok
			case posQueued:
				marker, markerP, numP = "›", th.queuedLine, th.queuedLine
			case posProblem:
				marker, markerP, numP, codeP = "✗", th.errorText, th.errorLine, &th.curTok
			}
		}
		r.add(markerP, marker)
		if m := marks[i-v.top]; m.q != sim.QueueNone {
			ch := string(queueMark(m.q))
			if m.more {
				ch = "+"
			}
			r.add(th.queue[m.q], ch)
		} else {
			r.pad(1)
		}
		num := strconv.Itoa(n)
		r.pad(numW - len(num))
		r.add(numP, num)
		r.add(th.border, "│")
		for _, sp := range lines[i] {
			r.add(codeP[sp.class], sp.text)
		}
		if current && v.kind != posQueued {
			r.fill(codeP[tokPlain], " ")
		}
		out = append(out, r.String())
	}
	return out
}

// lineMark is the gutter mark of one source line: the first queue with a
// callback from this line waiting, and whether others wait too.
type lineMark struct {
	q    sim.Queue
	more bool
}

// waitingMarks marks the lines [from, to) of file whose callbacks wait in
// some queue at this step: the line where each one was queued.
func (f *frame) waitingMarks(file string, from, to int) []lineMark {
	marks := make([]lineMark, to-from)
	t := f.tl.trace
	s := f.snap
	mark := func(q sim.Queue, id sim.EntryID) {
		at := t.EntryAt(id)
		i := int(at.Line) - 1 - from
		if at.Line == 0 || i < 0 || i >= len(marks) || at.File != file {
			return
		}
		switch m := &marks[i]; {
		case m.q == sim.QueueNone:
			m.q = q
		case m.q != q:
			m.more = true
		}
	}
	for _, q := range markQueues {
		switch q {
		case sim.QueueTimers:
			for _, tv := range s.Timers {
				mark(q, tv.Entry)
			}
		case sim.QueueWork:
			for _, sl := range s.Slots {
				if sl.Entry != 0 {
					mark(q, sl.Entry)
				}
			}
			for _, id := range s.Work {
				mark(q, id)
			}
		case sim.QueueIO:
			for _, v := range s.InFlight {
				mark(q, v.Entry)
			}
		default:
			for _, id := range snapQueue(s, q) {
				mark(q, id)
			}
		}
	}
	return marks
}

// snapQueue is a FIFO queue of a snapshot.
func snapQueue(s *sim.Snapshot, q sim.Queue) []sim.EntryID {
	switch q {
	case sim.QueueTick:
		return s.Ticks
	case sim.QueueMicrotask:
		return s.Microtasks
	case sim.QueueImmediate:
		return s.Immediates
	case sim.QueuePending:
		return s.Pending
	case sim.QueuePoll:
		return s.Poll
	case sim.QueueClose:
		return s.Closing
	case sim.QueueWork:
		return s.Work
	}
	return nil
}
