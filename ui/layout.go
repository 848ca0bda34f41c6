package ui

// Minimum and comfortable terminal sizes. Below the minimum the viewer shows
// a "terminal too small" screen instead of a broken layout; from the
// comfortable size on, every pane has a box of its own.
const (
	minWidth   = 80
	minHeight  = 24
	fullWidth  = 110
	fullHeight = 34
)

type layoutKind uint8

const (
	layoutTooSmall layoutKind = iota
	layoutCompact             // 80x24 and up: threadpool and I/O fold into the queues pane
	layoutFull                // 110x34 and up: every pane boxed
)

// rect is a region of the screen, in cells.
type rect struct{ x, y, w, h int }

func (r rect) contains(x, y int) bool {
	return x >= r.x && x < r.x+r.w && y >= r.y && y < r.y+r.h
}

// inner is a boxed rect's body, inside its border.
func (r rect) inner() rect { return rect{r.x + 1, r.y + 1, max(r.w-2, 0), max(r.h-2, 0)} }

// layout places the panes of the viewer for one terminal size. It depends
// only on the size and on what the run uses (a run that never touches the
// threadpool gets a one-line threadpool pane), never on the step, so the
// screen does not jump around while the user steps.
type layout struct {
	kind          layoutKind
	width, height int

	header, scrub, help               rect
	source, output, stack             rect
	loop, queues, pool, io, narration rect
	lanes                             rect // one row per loop, when the run has several
	middle                            rect // between header and narration: the help overlay
}

// runUsage is what a run uses over its whole length.
type runUsage struct {
	pool  bool // threadpool work
	io    bool // OS I/O in flight, handles or streams
	slots int  // threadpool slots
	lanes int  // event loops (worker threads, child processes)
}

// lanesHeight is the lanes box's height: a row per loop, up to a share of
// the column (the rest scroll with the focused lane).
func lanesHeight(use runUsage, midH, maxRows int) int {
	if use.lanes <= 1 {
		return 0
	}
	return min(use.lanes, maxRows, max(midH/4, 1)) + 2
}

func computeLayout(w, h int, use runUsage) layout {
	l := layout{width: w, height: h}
	switch {
	case w < minWidth || h < minHeight:
		l.kind = layoutTooSmall
		return l
	case w >= fullWidth && h >= fullHeight:
		l.kind = layoutFull
	default:
		l.kind = layoutCompact
	}
	l.header = rect{0, 0, w, 1}
	l.help = rect{0, h - 1, w, 1}
	l.scrub = rect{0, h - 2, w, 1}
	// The why is what the tool teaches: give it two lines (three on tall
	// screens) under its label wherever there is room.
	narrH := 3
	if l.kind == layoutFull {
		narrH = 4
		if h >= 40 {
			narrH = 5
		}
		if h >= 50 {
			narrH = 6
		}
	}
	l.narration = rect{0, h - 2 - narrH, w, narrH}
	midY, midH := 1, h-3-narrH
	l.middle = rect{0, midY, w, midH}

	if l.kind == layoutCompact {
		leftW := w * 55 / 100
		outH := max(6, midH/3)
		l.source = rect{0, midY, leftW, midH - outH}
		l.output = rect{0, midY + midH - outH, leftW, outH}
		rw := w - leftW
		lanesH := lanesHeight(use, midH, 3)
		l.lanes = rect{leftW, midY, rw, lanesH}
		top, rest := midY+lanesH, midH-lanesH
		loopH := 4
		stackH := max(4, rest/5)
		l.loop = rect{leftW, top, rw, loopH}
		l.stack = rect{leftW, top + loopH, rw, stackH}
		l.queues = rect{leftW, top + loopH + stackH, rw, rest - loopH - stackH}
		return l
	}

	leftW := w * 46 / 100
	stackH := max(6, midH/6)
	outH := max(8, midH*3/10)
	l.source = rect{0, midY, leftW, midH - stackH - outH}
	l.stack = rect{0, midY + midH - stackH - outH, leftW, stackH}
	l.output = rect{0, midY + midH - outH, leftW, outH}

	rw := w - leftW
	loopH := 5
	poolH := 3 // "not used": one line
	if use.pool {
		poolH = min(use.slots, max(4, midH/5)) + 3 // a row per slot, the waiting work
	}
	ioH := 3
	if use.io {
		ioH = max(5, midH/6)
	}
	lanesH := lanesHeight(use, midH, 8)
	l.lanes = rect{leftW, midY, rw, lanesH}
	l.loop = rect{leftW, midY + lanesH, rw, loopH}
	l.queues = rect{leftW, midY + lanesH + loopH, rw, midH - lanesH - loopH - poolH - ioH}
	l.pool = rect{leftW, midY + midH - poolH - ioH, rw, poolH}
	l.io = rect{leftW, midY + midH - ioH, rw, ioH}
	return l
}
