package ui

import (
	"strings"
	"unicode/utf8"

	"github.com/charmbracelet/x/ansi"
)

// paint is a style as the escape sequences that open and close it. Themes
// make their paints once, so drawing a frame concatenates strings instead of
// building a style per span.
type paint struct{ pre, post string }

func (p paint) on(s string) string {
	if p.pre == "" || s == "" {
		return s
	}
	return p.pre + s + p.post
}

// row builds one line of a pane, exactly width cells wide: text past the
// width is cut with an ellipsis, and the rest is padded with spaces.
type row struct {
	b     strings.Builder
	used  int
	width int
}

func newRow(width int) *row {
	r := &row{width: max(width, 0)}
	r.b.Grow(width + 16)
	return r
}

// room is how many cells are left.
func (r *row) room() int { return r.width - r.used }

// add appends plain text (no escape sequences) in paint p.
func (r *row) add(p paint, s string) *row {
	if s == "" || r.used >= r.width {
		return r
	}
	s = sanitize(s)
	w := textWidth(s)
	if w > r.room() {
		s = ansi.Truncate(s, r.room(), "…")
		w = textWidth(s)
	}
	r.b.WriteString(p.on(s))
	r.used += w
	return r
}

// addRight appends text aligned to the right edge, if it fits after at least
// one space; it reports whether it did.
func (r *row) addRight(p paint, s string) bool {
	w := textWidth(s)
	if w+1 > r.room() {
		return false
	}
	r.pad(r.room() - w)
	r.add(p, s)
	return true
}

// pad appends n spaces (fewer if the row is full).
func (r *row) pad(n int) *row {
	n = min(n, r.room())
	if n > 0 {
		r.b.WriteString(strings.Repeat(" ", n))
		r.used += n
	}
	return r
}

// fill appends ch in paint p up to the right edge.
func (r *row) fill(p paint, ch string) *row {
	if n := r.room(); n > 0 {
		r.b.WriteString(p.on(strings.Repeat(ch, n)))
		r.used += n
	}
	return r
}

// String is the row padded to its width.
func (r *row) String() string {
	r.pad(r.room())
	return r.b.String()
}

// textWidth is how many terminal cells plain text takes.
func textWidth(s string) int {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return ansi.StringWidth(s)
		}
	}
	return len(s)
}

// sanitize makes text from a program or a trace safe to draw: escape
// sequences are dropped, tabs become spaces, and other control characters
// show as "·", so that nothing a program prints can move the cursor or
// change colours on the user's screen.
func sanitize(s string) string {
	clean := true
	for i := 0; i < len(s); i++ {
		if c := s[i]; c < 0x20 || c == 0x7f {
			clean = false
			break
		}
	}
	if clean && utf8.ValidString(s) && !strings.ContainsRune(s, '\u009b') {
		return s
	}
	s = ansi.Strip(strings.ToValidUTF8(s, "\uFFFD"))
	var b strings.Builder
	for _, r := range s {
		switch {
		case r == '\t':
			b.WriteString("  ")
		case r < 0x20 || r == 0x7f || (r >= 0x80 && r < 0xa0):
			b.WriteString("·")
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// wrap splits plain text into lines of at most width cells, breaking at
// spaces where it can.
func wrap(s string, width int) []string {
	if width <= 0 {
		return nil
	}
	s = sanitize(s)
	var lines []string
	for _, para := range strings.Split(s, "\n") {
		w := ansi.Wrap(para, width, "")
		lines = append(lines, strings.Split(w, "\n")...)
	}
	return lines
}

// block is a pane drawn as lines of exactly its width.
type block []string

// blank is a block of spaces.
func blank(w, h int) block {
	b := make(block, max(h, 0))
	line := strings.Repeat(" ", max(w, 0))
	for i := range b {
		b[i] = line
	}
	return b
}
