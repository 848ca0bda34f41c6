package ui

import (
	"strconv"
	"strings"

	"github.com/loopviz/loopviz/sim"
)

// queueRow is one waiting callback in the queues pane.
type queueRow struct {
	lead string // before the label: a timer's due time
	text string
	note string // after it, dimmed: what queued it, when it finishes
}

// queueSection is one queue: its name and what waits in it, next first.
// Rows are made only for the lines drawn: a busy queue may hold thousands.
type queueSection struct {
	name string
	q    sim.Queue
	n    int
	row  func(i int) queueRow
}

// queueSections lists the queues in the order the loop visits them, with
// the threadpool and I/O in flight too when the layout has no pane for them.
func (f *frame) queueSections(withIO bool) []queueSection {
	t := f.tl.trace
	s := f.snap
	fifo := func(q sim.Queue, ids []sim.EntryID, origin bool) queueSection {
		return queueSection{name: queueName(q), q: q, n: len(ids), row: func(i int) queueRow {
			r := queueRow{text: t.EntryLabel(ids[i])}
			if origin {
				if o := t.EntryOrigin(ids[i]); o != "" {
					r.note = "← " + o
				}
			}
			return r
		}}
	}
	secs := []queueSection{
		fifo(sim.QueueTick, s.Ticks, false),
		fifo(sim.QueueMicrotask, s.Microtasks, true),
		{name: "timers", q: sim.QueueTimers, n: len(s.Timers), row: func(i int) queueRow {
			return queueRow{lead: s.Timers[i].Due.String(), text: t.EntryLabel(s.Timers[i].Entry)}
		}},
		fifo(sim.QueueImmediate, s.Immediates, false),
		fifo(sim.QueuePending, s.Pending, false),
		fifo(sim.QueuePoll, s.Poll, false),
		fifo(sim.QueueClose, s.Closing, false),
	}
	if withIO {
		var busy []sim.SlotView
		for _, sl := range s.Slots {
			if sl.Entry != 0 {
				busy = append(busy, sl)
			}
		}
		secs = append(secs, queueSection{name: "threadpool", q: sim.QueueWork, n: len(busy) + len(s.Work), row: func(i int) queueRow {
			if i < len(busy) {
				return queueRow{lead: "busy", text: t.EntryLabel(busy[i].Entry), note: "until " + busy[i].End.String()}
			}
			return queueRow{lead: "waits", text: t.EntryLabel(s.Work[i-len(busy)])}
		}})
		io := queueSection{name: "in flight", q: sim.QueueIO, n: len(s.InFlight) + len(s.Handles), row: func(i int) queueRow {
			if i < len(s.InFlight) {
				v := s.InFlight[i]
				return queueRow{text: t.EntryLabel(v.Entry), note: "until " + v.Due.String()}
			}
			return handleRow(t, s.Handles[i-len(s.InFlight)])
		}}
		if len(s.Handles) > 0 {
			io.name = "I/O"
		}
		secs = append(secs, io)
	}
	return secs
}

func handleRow(t *sim.Trace, hv sim.HandleView) queueRow {
	e := t.Entry(hv.Entry)
	if e.Kind == sim.EntryStream {
		return queueRow{lead: "stream", text: e.Label, note: sizeOf(hv.Level) + "/" + sizeOf(hv.HighWater)}
	}
	note := "unref'd"
	if hv.Ref {
		note = "ref'd: keeps the loop alive"
	}
	return queueRow{lead: "open", text: e.Label, note: note}
}

// queues draws every queue with what waits in it. When everything fits,
// empty queues keep a line of their own (seeing them empty teaches as much
// as seeing them full); otherwise they share one line and the others split
// the height, each cut with a count of what is left out.
func (f *frame) queues(w, h int) block {
	th := f.th
	secs := f.queueSections(f.lay.kind == layoutCompact)
	// The threadpool and I/O are not queues of the loop: in the compact
	// layout they show here only while they hold something.
	for len(secs) > 7 && secs[len(secs)-1].n == 0 {
		secs = secs[:len(secs)-1]
	}
	if len(secs) == 9 && secs[7].n == 0 {
		secs = append(secs[:7], secs[8])
	}
	nameW := 0
	for _, s := range secs {
		nameW = max(nameW, len(s.name))
	}
	nameW++
	need := 0
	var full, empty []queueSection
	for _, s := range secs {
		need += max(s.n, 1)
		if s.n > 0 {
			full = append(full, s)
		} else {
			empty = append(empty, s)
		}
	}
	out := make(block, 0, h)
	if need <= h {
		for _, s := range secs {
			out = append(out, f.sectionRows(s, w, nameW, s.n)...)
		}
		return out
	}
	room := h
	if len(empty) > 0 {
		room--
	}
	budget := splitRows(full, room)
	for i, s := range full {
		if budget[i] == 0 {
			continue
		}
		out = append(out, f.sectionRows(s, w, nameW, budget[i])...)
	}
	if len(empty) > 0 && len(out) < h {
		names := make([]string, len(empty))
		for i, s := range empty {
			names[i] = s.name
		}
		for _, l := range wrap("empty: "+strings.Join(names, ", "), w-1) {
			if len(out) == h {
				break
			}
			out = append(out, newRow(w).pad(1).add(th.dim, l).String())
		}
	}
	return out
}

// splitRows shares room lines between sections: one each first (as many as
// fit, in order), then one more at a time to those with rows left.
func splitRows(secs []queueSection, room int) []int {
	budget := make([]int, len(secs))
	for i := range secs {
		if room == 0 {
			break
		}
		budget[i] = 1
		room--
	}
	for room > 0 {
		gave := false
		for i, s := range secs {
			if room > 0 && budget[i] > 0 && budget[i] < s.n {
				budget[i]++
				room--
				gave = true
			}
		}
		if !gave {
			break
		}
	}
	return budget
}

// sectionRows draws a queue in at most n lines: its name beside the first.
func (f *frame) sectionRows(s queueSection, w, nameW, n int) block {
	th := f.th
	var out block
	if s.n == 0 {
		r := newRow(w).pad(1)
		r.add(th.dim, s.name)
		r.pad(nameW - len(s.name))
		r.add(th.dim, "—")
		return append(out, r.String())
	}
	for i := 0; i < n && i < s.n; i++ {
		r := newRow(w).pad(1)
		if i == 0 {
			r.add(th.queue[s.q], s.name)
			r.pad(nameW - len(s.name))
		} else {
			r.pad(nameW)
		}
		if i == n-1 && n < s.n {
			r.add(th.dim, "… "+strconv.Itoa(s.n-i)+" more")
			out = append(out, r.String())
			break
		}
		row := s.row(i)
		if row.lead != "" {
			r.add(th.queue[s.q], row.lead+" ")
		}
		r.add(th.text, row.text)
		if row.note != "" {
			r.add(th.dim, "  "+row.note)
		}
		out = append(out, r.String())
	}
	return out
}

// sizeOf writes a byte count (or an object count, below 1024) briefly.
func sizeOf(n int64) string {
	switch {
	case n >= 1<<20 && n%(1<<20) == 0:
		return strconv.FormatInt(n>>20, 10) + " MiB"
	case n >= 1<<10 && n%(1<<10) == 0:
		return strconv.FormatInt(n>>10, 10) + " KiB"
	case n >= 1<<10:
		return strconv.FormatFloat(float64(n)/1024, 'f', 1, 64) + " KiB"
	}
	return strconv.FormatInt(n, 10)
}
