package ui

import (
	"slices"
	"strconv"
	"strings"

	"github.com/charmbracelet/x/ansi"
	"github.com/loopviz/loopviz/sim"
)

// frame is everything one screen of the viewer shows. Drawing it is a pure
// function of these fields: the same run, step, size and theme give the same
// bytes, which is what makes stepping back show exactly the screen the user
// saw on the way forward, and what the golden tests pin down.
type frame struct {
	tl    *timeline
	snap  *sim.Snapshot
	step  int
	level sim.Level
	th    *theme
	lay   layout
	name  string // the program's name in the header

	playing   bool
	speed     int    // steps per second while playing
	pick      int    // the output line being picked, or -1
	banner    string // non-empty: the headline says where a prediction went wrong
	divStep   int    // the step where it went wrong, whose why is divWhy
	divWhy    string
	predicted []string // non-nil: the user's predicted stdout lines, marked against the output
	ayg       *asYouGo // non-nil: predicting as you go; the Output pane asks
	shortHelp string
	fullHelp  string // non-empty: the help overlay is open

	// Several loops: every lane as of this step, and the one the panes show.
	lanes []*sim.Snapshot
	focus int  // index into lanes
	chose bool // the user picked the lane (else it follows the step)
}

// draw renders the frame as lines joined by newlines, exactly lay.width
// cells wide and lay.height lines high.
func (f *frame) draw() string {
	l := f.lay
	if l.kind == layoutTooSmall {
		return tooSmall(f.th, l.width, l.height)
	}
	c := newCanvas(l.width, l.height)
	c.put(l.header, f.header(l.header.w))
	if f.fullHelp != "" {
		c.put(l.middle, f.helpOverlay(l.middle))
	} else {
		c.put(l.source, f.box(l.source, "Source", f.sourceTitle(), f.source))
		c.put(l.output, f.box(l.output, "Output", f.outputTitle(), f.output))
		loopPane, queues, pool, io, loopTitle, poolTitle := f.loopPane, f.queues, f.pool, f.io, f.loopTitle(), f.poolTitle()
		if f.ayg != nil && f.ayg.stateHidden() {
			// The answer to a question about the loop's state is in these panes.
			hidden := func(w, h int) block {
				return block{newRow(w).pad(1).add(f.th.dim, "hidden until you answer").String()}
			}
			loopPane, queues, pool, io, loopTitle, poolTitle = hidden, hidden, hidden, hidden, "", ""
		}
		if l.lanes.h > 0 {
			c.put(l.lanes, f.box(l.lanes, "Lanes", f.lanesTitle(), f.lanesPane))
		}
		c.put(l.loop, f.box(l.loop, "Event loop", loopTitle, loopPane))
		c.put(l.stack, f.box(l.stack, "Call stack", "", f.stack))
		c.put(l.queues, f.box(l.queues, "Queues", "", queues))
		if l.kind == layoutFull {
			c.put(l.pool, f.box(l.pool, "Threadpool", poolTitle, pool))
			c.put(l.io, f.box(l.io, "I/O", "", io))
		}
	}
	c.put(l.narration, f.narration(l.narration))
	c.put(l.scrub, block{f.scrub(l.scrub.w)})
	c.put(l.help, block{fitStyled(f.shortHelp, l.help.w)})
	return c.String()
}

// canvas collects blocks placed at rects and joins them into lines.
type canvas struct {
	w    int
	rows [][]piece
}

type piece struct {
	x int
	s string
}

func newCanvas(w, h int) *canvas { return &canvas{w: w, rows: make([][]piece, h)} }

func (c *canvas) put(r rect, b block) {
	for i := 0; i < r.h && r.y+i < len(c.rows); i++ {
		line := ""
		if i < len(b) {
			line = b[i]
		} else {
			line = strings.Repeat(" ", r.w)
		}
		c.rows[r.y+i] = append(c.rows[r.y+i], piece{r.x, line})
	}
}

func (c *canvas) String() string {
	var b strings.Builder
	b.Grow(len(c.rows) * (c.w + 32))
	for i, row := range c.rows {
		if i > 0 {
			b.WriteByte('\n')
		}
		slices.SortStableFunc(row, func(a, b piece) int { return a.x - b.x })
		for _, p := range row {
			b.WriteString(p.s)
		}
		if len(row) == 0 {
			b.WriteString(strings.Repeat(" ", c.w))
		}
	}
	return b.String()
}

// box draws a pane with a rounded border, its title and a note in the top
// edge, and the body that fill draws inside.
func (f *frame) box(r rect, title, note string, fill func(w, h int) block) block {
	th := f.th
	if r.w < 4 || r.h < 2 {
		return blank(r.w, r.h)
	}
	in := r.inner()
	out := make(block, 0, r.h)
	top := newRow(r.w)
	top.add(th.border, "╭─ ")
	top.add(th.title, title)
	if note != "" {
		top.add(th.border, " · ")
		top.add(th.dim, note)
	}
	top.add(th.border, " ")
	if top.room() > 1 {
		top.add(th.border, strings.Repeat("─", top.room()-1))
	}
	top.add(th.border, "╮")
	out = append(out, top.String())
	body := fill(in.w, in.h)
	side := th.border.on("│")
	for i := 0; i < in.h; i++ {
		line := ""
		if i < len(body) {
			line = body[i]
		} else {
			line = strings.Repeat(" ", in.w)
		}
		out = append(out, side+line+side)
	}
	bot := newRow(r.w)
	bot.add(th.border, "╰"+strings.Repeat("─", r.w-2)+"╯")
	out = append(out, bot.String())
	return out
}

// fitStyled cuts or pads text that may hold escape sequences to w cells.
func fitStyled(s string, w int) string {
	s = ansi.Truncate(s, w, "…")
	if n := ansi.StringWidth(s); n < w {
		s += strings.Repeat(" ", w-n)
	}
	return s
}

// tooSmall is the screen for a terminal below the minimum size.
func tooSmall(th *theme, w, h int) string {
	msg := []string{
		"terminal too small (need " + strconv.Itoa(minWidth) + "x" + strconv.Itoa(minHeight) + ")",
		"this one is " + strconv.Itoa(w) + "x" + strconv.Itoa(h) + ": make it bigger, or press q to quit",
	}
	lines := make([]string, max(h, 0))
	top := max((h-len(msg))/2, 0)
	for i := range lines {
		r := newRow(w)
		if j := i - top; j >= 0 && j < len(msg) {
			text := msg[j]
			if tw := textWidth(text); tw < w {
				r.pad((w - tw) / 2)
			}
			p := th.dim
			if j == 0 {
				p = th.warnText
			}
			r.add(p, text)
		}
		lines[i] = r.String()
	}
	return strings.Join(lines, "\n")
}

// header is the top line: the program, the run's outcome once reached, the
// level, where the step is among the level's steps, and autoplay.
func (f *frame) header(w int) block {
	th := f.th
	pos, total := f.tl.countAt(f.level, f.step)
	right := newRow(w)
	if f.playing {
		right.add(th.accent, "▶ playing "+strconv.Itoa(f.speed)+"/s")
		right.add(th.dim, "  ")
	}
	right.add(th.dim, "level ")
	right.add(th.bold, f.level.String())
	right.add(th.dim, " · ")
	right.add(th.bold, strconv.Itoa(pos))
	right.add(th.dim, "/"+strconv.Itoa(total))
	right.add(th.dim, " · step ")
	right.add(th.bold, strconv.Itoa(f.step))
	right.pad(1)
	if right.used >= w {
		return block{right.String()}
	}
	left := newRow(w - right.used - 1)
	left.add(th.accent, " loopviz ")
	left.add(th.bold, f.name)
	if f.banner != "" {
		left.add(th.dim, "  ")
		left.add(th.warnText, "✗ "+f.banner)
	} else if p, ok := f.tl.problemBy(f.step); ok {
		left.add(th.dim, "  ")
		left.add(th.errorText, "✗ "+f.problemSummary(p))
	} else if f.step == f.tl.trace.Len()-1 {
		left.add(th.dim, "  ")
		left.add(th.okText, "exit code "+strconv.Itoa(f.tl.run.ExitCode))
	}
	return block{left.String() + " " + right.b.String()}
}

// problemSummary is the one-line headline of an error or stop.
func (f *frame) problemSummary(p problem) string {
	t := f.tl.trace
	s := t.Step(int(p.step))
	text := strings.TrimSuffix(strings.TrimPrefix(t.StepLabel(int(p.step)), "uncaught: "), " ...")
	if s.Kind == sim.KindStop {
		text = "stopped: " + strings.TrimPrefix(text, "stopped: ")
		if r := f.tl.run.Stop; r != nil {
			text = "stopped (" + r.Reason + ")"
		}
	}
	if p.at.known() {
		text += " at line " + strconv.Itoa(int(p.at.line))
	}
	return text
}

// narration is the current step's label and its plain-English why.
func (f *frame) narration(r rect) block {
	th := f.th
	t := f.tl.trace
	label := t.StepLabel(f.step)
	why := t.Step(f.step).Why
	if f.divWhy != "" && f.step == f.divStep {
		why = f.divWhy
	}
	if why == "" {
		why = defaultWhy(f.tl, f.step)
	}
	labelPaint := th.bold
	if p, ok := f.tl.problemAt(f.step); ok {
		labelPaint = th.errorText
		if p.at.known() {
			label += "  (" + shortName(p.at.file) + ":" + strconv.Itoa(int(p.at.line))
			if p.at.col > 0 {
				label += ":" + strconv.Itoa(int(p.at.col))
			}
			label += ")"
		}
		if s := t.Step(f.step); s.Kind == sim.KindStop && why == "" && f.tl.run.Stop != nil {
			why = f.tl.run.Stop.Message
		}
	}
	kind := t.Step(f.step).Kind.String()
	if f.lay.kind == layoutCompact {
		out := make(block, 0, r.h)
		head := newRow(r.w)
		head.add(th.border, "─ ")
		head.add(th.dim, kind+" ")
		head.add(labelPaint, label)
		head.add(th.border, " ")
		head.fill(th.border, "─")
		out = append(out, head.String())
		for _, l := range wrap(why, r.w-1) {
			if len(out) == r.h {
				break
			}
			out = append(out, newRow(r.w).pad(1).add(th.text, l).String())
		}
		return out
	}
	return f.box(r, "Why", kind, func(w, h int) block {
		out := make(block, 0, h)
		out = append(out, newRow(w).pad(1).add(labelPaint, label).String())
		lines := wrap(why, w-2)
		for i, l := range lines {
			if len(out) == h {
				break
			}
			if len(out) == h-1 && i < len(lines)-1 {
				l = ansi.Truncate(l, w-3, "") + "…"
			}
			out = append(out, newRow(w).pad(1).add(th.text, l).String())
		}
		return out
	})
}

// defaultWhy explains steps the trace leaves without a why (statements).
func defaultWhy(tl *timeline, n int) string {
	s := tl.trace.Step(n)
	if s.Kind == sim.KindStatement {
		if p, k := tl.position(n); k == posRunning {
			return "JavaScript runs the statement on line " + strconv.Itoa(int(p.line)) + " of " + shortName(p.file) + ", synchronously: nothing else can run until the call stack is empty."
		}
	}
	return ""
}

// scrub is the bar under the panes: where this step is in the whole run,
// with the errors marked.
func (f *frame) scrub(w int) string {
	th := f.th
	n := f.tl.trace.Len()
	if w <= 0 || n == 0 {
		return strings.Repeat(" ", max(w, 0))
	}
	at := scrubColumn(f.step, n, w)
	probs := make([]bool, w)
	for _, p := range f.tl.problems {
		probs[scrubColumn(int(p.step), n, w)] = true
	}
	var b strings.Builder
	runP, run := paint{}, strings.Builder{}
	flush := func() {
		b.WriteString(runP.on(run.String()))
		run.Reset()
	}
	for c := range w {
		p, ch := th.scrubLeft, "─"
		switch {
		case c == at:
			p, ch = th.scrubAt, "●"
		case probs[c]:
			p, ch = th.errorText, "✗"
		case c < at:
			p, ch = th.scrubDone, "━"
		}
		if p != runP {
			flush()
			runP = p
		}
		run.WriteString(ch)
	}
	flush()
	return b.String()
}

// scrubColumn is the column of step i on a scrub bar w cells wide.
func scrubColumn(i, n, w int) int {
	if n <= 1 {
		return 0
	}
	return min(i*(w-1)/(n-1), w-1)
}

// scrubStep is the step a click on column c of the scrub bar goes to.
func scrubStep(c, n, w int) int {
	if w <= 1 {
		return 0
	}
	return min(max(c, 0)*(n-1)/(w-1), n-1)
}

// helpOverlay is the full key help and the legend of the marks.
func (f *frame) helpOverlay(r rect) block {
	th := f.th
	return f.box(r, "Help", "? or esc closes", func(w, h int) block {
		var out block
		add := func(s string) {
			out = append(out, fitStyled(" "+s, w))
		}
		for _, l := range strings.Split(f.fullHelp, "\n") {
			add(l)
		}
		add("")
		add(th.title.on("Marks in the source gutter") + th.dim.on(" (a callback from this line waits in a queue):"))
		var legend []string
		for _, q := range markQueues {
			legend = append(legend, th.queue[q].on(string(queueMark(q)))+" "+queueName(q))
		}
		add(strings.Join(legend, "   "))
		add(th.accent.on("▶") + " the line running   " + th.queuedLine.on("›") + " where the callback of this step was queued   " + th.errorText.on("✗") + " an error")
		add("")
		add(th.title.on("Output") + th.dim.on(": ") + "!" + th.dim.on(" marks stderr, ▶ the lines this step printed; o picks a line to jump to the step that printed it."))
		add(th.title.on("Levels") + th.dim.on(": ") + "loop shows phases and callbacks; api adds every host call; statement adds every line of JavaScript.")
		for len(out) < h {
			out = append(out, strings.Repeat(" ", w))
		}
		return out[:h]
	})
}
