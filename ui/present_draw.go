package ui

import (
	"slices"
	"sort"
	"strconv"
	"strings"

	"github.com/loopviz/loopviz/sim"
)

// content is the stage as text: a pure function of the state.
func (p *Present) content() string {
	w, h := p.width, p.height
	if w <= 0 || h <= 0 {
		return ""
	}
	th := p.th
	if p.clock.len() == 0 {
		return messageScreen(th, w, h, "the runs recorded no steps", "")
	}
	if w < minWidth || h < minHeight {
		return tooSmall(th, w, h)
	}
	narrH := max(6, h/4)
	bodyH := h - 2 - narrH
	c := newCanvas(w, h)
	c.put(rect{0, 0, w, 1}, block{p.header(w)})
	body := rect{0, 1, w, bodyH}
	if p.showHelp {
		lines := strings.Split(fullHelpView(th, p.keys, w), "\n")
		c.put(body, fitBlock(fitLines(lines, w), w, bodyH))
	} else if len(p.sides) == 1 {
		p.drawSingle(c, body)
	} else {
		colW := w / 2
		p.drawColumn(c, rect{0, 1, colW, bodyH}, 0, p.pins, true)
		p.drawColumn(c, rect{colW, 1, w - colW, bodyH}, 1, p.pins, true)
	}
	c.put(rect{0, 1 + bodyH, w, narrH}, p.narration(w, narrH))
	c.put(rect{0, h - 1, w, 1}, block{fitStyled(shortHelpView(th, p.keys, w), w)})
	return c.String()
}

func fitLines(lines []string, w int) []string {
	out := make([]string, len(lines))
	for i, l := range lines {
		out[i] = fitLine(l, w)
	}
	return out
}

// header is the top line: the demo, the virtual clock, autoplay.
func (p *Present) header(w int) string {
	th := p.th
	right := newRow(w)
	right.add(th.accent, "⏱ "+p.clock.time(p.k).String())
	if w >= 100 {
		right.add(th.text, "  step "+strconv.Itoa(p.k+1)+"/"+strconv.Itoa(p.clock.len()))
	}
	if len(p.marks) > 0 {
		i := sort.SearchInts(p.marks, p.k+1)
		right.add(th.text, "  mark "+strconv.Itoa(i)+"/"+strconv.Itoa(len(p.marks)))
	}
	if p.playing {
		right.add(th.accent, "  ▶ "+p.pace.String()+"/frame")
	} else {
		right.add(th.text, "  ❚❚ "+p.pace.String()+"/frame")
	}
	right.pad(1)
	left := newRow(max(w-right.used, 0))
	left.add(th.accent, " loopviz present ")
	left.add(th.title, p.title())
	return left.String() + right.b.String()
}

// drawSingle lays out one program's pinned panes in two columns: the loop
// and its queues on the left, source and output on the right.
func (p *Present) drawSingle(c *canvas, r rect) {
	var left, right []string
	for _, n := range p.pins {
		if n == "source" || n == "output" {
			right = append(right, n)
		} else {
			left = append(left, n)
		}
	}
	switch {
	case len(left) == 0:
		p.drawColumn(c, r, 0, right, false)
	case len(right) == 0:
		p.drawColumn(c, r, 0, left, false)
	default:
		lw := r.w * 55 / 100
		p.drawColumn(c, rect{r.x, r.y, lw, r.h}, 0, left, false)
		p.drawColumn(c, rect{r.x + lw, r.y, r.w - lw, r.h}, 0, right, false)
	}
}

// drawColumn stacks a side's pinned panes in r; named puts the program's
// name above them (side by side).
func (p *Present) drawColumn(c *canvas, r rect, side int, pins []string, named bool) {
	s := p.sides[side]
	th := p.th
	if named {
		row := newRow(r.w)
		row.add(th.accent, " "+[]string{"◀ ", "▶ "}[side])
		row.add(th.title, s.Name)
		v := s.v
		if v.step == v.tl.trace.Len()-1 {
			row.add(th.okText, "  exit code "+strconv.Itoa(s.Run.ExitCode))
		} else if pr, ok := v.tl.problemBy(v.step); ok {
			row.add(th.errorText, "  ✗ "+strings.TrimPrefix(v.tl.trace.StepLabel(int(pr.step)), "uncaught: "))
		}
		c.put(rect{r.x, r.y, r.w, 1}, block{row.String()})
		r = rect{r.x, r.y + 1, r.w, r.h - 1}
	}
	if len(pins) == 0 {
		return
	}
	f := p.sideFrame(side)
	// The loop and the threadpool need a fixed height; the other panes
	// share what is left, and the last one takes the remainder.
	fixed := map[string]int{"loop": 4, "threadpool": s.Run.poolSize() + 3}
	if r.h >= 30 {
		fixed["loop"] = 5
	}
	flexible, free := 0, r.h
	for _, n := range pins {
		if h, ok := fixed[n]; ok {
			free -= h
		} else {
			flexible++
		}
	}
	y := r.y
	for i, n := range pins {
		ph, ok := fixed[n]
		if !ok {
			ph = free / max(flexible, 1)
			flexible--
			free -= ph
		}
		if i == len(pins)-1 || ph < 3 {
			ph = max(r.y+r.h-y, 0)
		}
		pr := rect{r.x, y, r.w, ph}
		c.put(pr, p.pane(f, n, pr))
		y += ph
		if y >= r.y+r.h {
			break
		}
	}
}

// sideFrame is a side's frame at its current step, for the pane fills.
// Threadpool and I/O fold into the queues pane unless pinned themselves.
func (p *Present) sideFrame(side int) *frame {
	v := p.sides[side].v
	kind := layoutCompact
	if slices.Contains(p.pins, "threadpool") || slices.Contains(p.pins, "io") {
		kind = layoutFull
	}
	return &frame{tl: v.tl, snap: v.snap, step: v.step, level: sim.LevelAPI, th: p.th, name: v.name, pick: -1,
		lay: layout{kind: kind, width: p.width, height: p.height}}
}

// pane draws one pinned pane of a side in r.
func (p *Present) pane(f *frame, name string, r rect) block {
	switch name {
	case "source":
		f.lay.source = r
		return f.box(r, "Source", f.sourceTitle(), f.source)
	case "stack":
		return f.box(r, "Call stack", "", f.stack)
	case "loop":
		return f.box(r, "Event loop", f.loopTitle(), f.loopPane)
	case "queues":
		return f.box(r, "Queues", "", f.queues)
	case "threadpool":
		return f.box(r, "Threadpool", f.poolTitle(), f.pool)
	case "io":
		return f.box(r, "I/O", "", f.io)
	case "output":
		return f.box(r, "Output", f.outputTitle(), f.output)
	}
	return blank(r.w, r.h)
}

// narration is the large text under the panes: the current mark's note,
// what the step that just happened did and why, and the instructor's notes
// so far.
func (p *Present) narration(w, h int) block {
	th := p.th
	in := w - 4
	var lines []string
	add := func(pa paint, s string) {
		for _, l := range wrap(s, in) {
			lines = append(lines, newRow(w-2).pad(1).add(pa, l).String())
		}
	}
	if p.editing {
		lines = append(lines, fitLine(" ✎ "+p.input.View(), w-2))
	}
	// The note of the latest mark at or before this moment, until the next.
	if i := sort.SearchInts(p.marks, p.k+1); i > 0 {
		m := p.marks[i-1]
		label := "◆ mark " + strconv.Itoa(i) + ": "
		if m != p.k {
			label = "◆ since mark " + strconv.Itoa(i) + ": "
		}
		add(th.accent, label+p.markOf[m])
	}
	// The instructor's notes stay on screen from their step on: latest first.
	var ks []int
	for k := range p.notes {
		if k <= p.k {
			ks = append(ks, k)
		}
	}
	sort.Sort(sort.Reverse(sort.IntSlice(ks)))
	for _, k := range ks {
		add(th.warnText, "📌 "+p.clock.time(k).String()+": "+p.notes[k])
	}
	mo := p.clock.moments[p.k]
	s := p.sides[mo.side]
	t := s.v.tl.trace
	label := t.StepLabel(int(mo.step))
	if len(p.sides) > 1 {
		label = []string{"◀ ", "▶ "}[mo.side] + s.Name + ": " + label
	}
	add(th.title, label)
	why := t.Step(int(mo.step)).Why
	if why == "" {
		why = defaultWhy(s.v.tl, int(mo.step))
	}
	add(th.text, why)
	f := &frame{th: th}
	return f.box(rect{0, 0, w, h}, "Narration", "", func(bw, bh int) block {
		return fitBlock(lines, bw, bh)
	})
}
