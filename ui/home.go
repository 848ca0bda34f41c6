package ui

import (
	tea "charm.land/bubbletea/v2"
	"strconv"
	"strings"

	"github.com/loopviz/loopviz/progress"
)

// Scenario is a program the home screen lists.
type Scenario struct {
	Name       string // "timers-clamp"
	Kind       ScenarioKind
	Topic      string // the group it is listed under
	Title      string // one line: what it demonstrates
	Difficulty int    // puzzles: 1 to 3
	Source     []byte
	File       string // where it is on disk, to run it
}

// FileName is the scenario's file name: Name plus ".js", or Name itself when
// it has an extension of its own (an ES module, "esm-tick-vs-promise.mjs").
func (s Scenario) FileName() string {
	if strings.HasSuffix(s.Name, ".mjs") {
		return s.Name
	}
	return s.Name + ".js"
}

// ScenarioKind says whether enter predicts a scenario's output or watches it.
type ScenarioKind uint8

const (
	KindDemo   ScenarioKind = iota // opens in the simulator
	KindPuzzle                     // opens in the prediction screen (a Puzzle of the same name)
)

// home is the home screen: the built-in scenarios by topic, one selected,
// and a preview of it.
type home struct {
	items   []Scenario
	sources []*sourceFile // previews, made once
	rows    []homeRow     // the list as drawn: topic headings and items
	cursor  int           // selected item
	prog    *progress.State
	puzzles []Puzzle // for the suggestion of the next puzzle
	warn    string   // a problem with the progress file
	// searching: '/' was pressed and the query is being typed; the cursor
	// jumps to the first program matching it.
	searching bool
	query     string
}

// solved reports whether item i is a solved puzzle.
func (h *home) solved(i int) bool {
	s := h.items[i]
	return s.Kind == KindPuzzle && h.prog != nil && h.prog.Puzzle(s.Name).Solved
}

// topicCount is how many puzzles the topic of heading row r holds, and how
// many of them are solved.
func (h *home) topicCount(topic string) (solved, total int) {
	for i, s := range h.items {
		if s.Topic == topic && s.Kind == KindPuzzle {
			total++
			if h.solved(i) {
				solved++
			}
		}
	}
	return solved, total
}

// homeRow is one line of the list: a topic heading or an item.
type homeRow struct {
	topic string // non-empty for a heading
	item  int
}

func newHome(items []Scenario) *home {
	h := &home{items: items}
	for i, s := range items {
		h.sources = append(h.sources, newSourceFile(s.FileName(), s.Source))
		if i == 0 || s.Topic != items[i-1].Topic {
			h.rows = append(h.rows, homeRow{topic: s.Topic})
		}
		h.rows = append(h.rows, homeRow{item: i})
	}
	return h
}

func (h *home) move(d int) {
	if len(h.items) > 0 {
		h.cursor = max(0, min(h.cursor+d, len(h.items)-1))
	}
}

// moveTopic selects the first item of the next (d > 0) or previous topic.
func (h *home) moveTopic(d int) {
	if len(h.items) == 0 {
		return
	}
	topic := h.items[h.cursor].Topic
	i := h.cursor
	if d > 0 {
		for i < len(h.items) && h.items[i].Topic == topic {
			i++
		}
		if i == len(h.items) {
			return
		}
		h.cursor = i
		return
	}
	for i > 0 && h.items[i].Topic == topic {
		i--
	}
	topic = h.items[i].Topic
	for i > 0 && h.items[i-1].Topic == topic {
		i--
	}
	h.cursor = i
}

// homeLayout places the home screen's parts.
type homeLayout struct {
	header, list, preview, help rect
}

func computeHomeLayout(w, h int) homeLayout {
	listW := max(w*45/100, 30)
	return homeLayout{
		header:  rect{0, 0, w, 1},
		list:    rect{0, 1, listW, h - 2},
		preview: rect{listW, 1, w - listW, h - 2},
		help:    rect{0, h - 1, w, 1},
	}
}

// listTop is the first list row shown in a list n rows high: the selected
// item stays in the middle third, as a pure function of the selection.
func (h *home) listTop(n int) int {
	sel := 0
	for i, r := range h.rows {
		if r.topic == "" && r.item == h.cursor {
			sel = i
			break
		}
	}
	return max(0, min(sel-n/3, len(h.rows)-n))
}

// rowAt is the item on list line y (relative to the list's body), or -1.
func (h *home) rowAt(y, n int) int {
	i := h.listTop(n) + y
	if y < 0 || y >= n || i >= len(h.rows) || h.rows[i].topic != "" {
		return -1
	}
	return h.rows[i].item
}

func (h *home) draw(th *theme, w, hgt int, shortHelp, fullHelp string) string {
	if w < minWidth || hgt < minHeight {
		return tooSmall(th, w, hgt)
	}
	l := computeHomeLayout(w, hgt)
	c := newCanvas(w, hgt)
	head := newRow(w)
	head.add(th.accent, " loopviz ")
	solved, total := 0, 0
	for i, s := range h.items {
		if s.Kind == KindPuzzle {
			total++
			if h.solved(i) {
				solved++
			}
		}
	}
	if total == 0 {
		head.add(th.bold, "pick a program and watch Node's event loop run it")
		head.addRight(th.dim, strconv.Itoa(len(h.items))+" programs ")
	} else {
		head.add(th.bold, "predict the output, or watch the loop run it")
		count := strconv.Itoa(solved) + "/" + strconv.Itoa(total) + " puzzles solved"
		right := count
		if p := nextUnsolved(h.puzzles, h.prog, ""); p != nil {
			right = strconv.Itoa(solved) + "/" + strconv.Itoa(total) + " solved · n: next " + p.ID
		}
		if !head.addRight(th.dim, right+" ") {
			head.addRight(th.dim, count+" ")
		}
	}
	c.put(l.header, block{head.String()})
	f := &frame{th: th} // for its box drawing
	if fullHelp != "" {
		middle := rect{0, 1, w, hgt - 2}
		c.put(middle, f.box(middle, "Help", "? or esc closes", func(bw, bh int) block {
			out := make(block, 0, bh)
			for _, line := range strings.Split(fullHelp, "\n") {
				out = append(out, fitStyled(" "+line, bw))
			}
			out = append(out, blank(bw, 1)...)
			out = append(out, newRow(bw).pad(1).add(th.text, "Or open your own file: loopviz FILE.js").String())
			return out
		}))
	} else {
		c.put(l.list, f.box(l.list, "Programs", "by topic", func(bw, bh int) block { return h.drawList(th, bw, bh) }))
		c.put(l.preview, f.box(l.preview, "Preview", h.previewTitle(), func(bw, bh int) block { return h.drawPreview(th, bw, bh) }))
	}
	if h.searching {
		r := newRow(w).pad(1).add(th.accent, "/").add(th.bold, h.query).add(th.accent, "▏")
		switch n := h.matches(); {
		case h.query == "":
			r.add(th.dim, "  type part of a name, title or topic")
		case n == 0:
			r.add(th.warnText, "  no program matches")
		default:
			r.add(th.dim, "  "+strconv.Itoa(n)+" match")
			if n > 1 {
				r.add(th.dim, "es · ctrl+n next")
			}
		}
		r.add(th.dim, " · enter opens · esc cancels")
		shortHelp = r.String()
	}
	c.put(l.help, block{fitStyled(shortHelp, w)})
	return c.String()
}

// matching reports whether program i matches the search query: a
// case-insensitive part of its name, title or topic.
func (h *home) matching(i int) bool {
	q := strings.ToLower(h.query)
	s := h.items[i]
	return strings.Contains(strings.ToLower(s.Name), q) || strings.Contains(strings.ToLower(s.Title), q) ||
		strings.Contains(strings.ToLower(s.Topic), q)
}

// matches counts the programs matching the query.
func (h *home) matches() int {
	n := 0
	for i := range h.items {
		if h.matching(i) {
			n++
		}
	}
	return n
}

// seek moves the cursor to the first match at or after program from,
// wrapping round; it stays put when nothing matches.
func (h *home) seek(from int) {
	for k := range h.items {
		if i := (from + k) % len(h.items); h.matching(i) {
			h.cursor = i
			return
		}
	}
}

// searchKey handles a key while the query is typed: text refines it (the
// cursor goes to the first match from where the search began), ctrl+n goes
// to the next match, enter opens the selection, esc gives up.
func (h *home) searchKey(msg tea.KeyPressMsg) (open bool) {
	switch msg.String() {
	case "esc":
		h.searching, h.query = false, ""
	case "enter":
		h.searching, h.query = false, ""
		return len(h.items) > 0
	case "ctrl+n", "down":
		if len(h.items) > 0 {
			h.seek(h.cursor + 1)
		}
	case "backspace":
		if r := []rune(h.query); len(r) > 0 {
			h.query = string(r[:len(r)-1])
		}
		h.seek(0)
	default:
		if t := msg.Text; t != "" && len(h.items) > 0 {
			h.query += t
			h.seek(0)
		}
	}
	return false
}

func (h *home) previewTitle() string {
	if len(h.items) == 0 {
		return ""
	}
	return h.items[h.cursor].FileName()
}

func (h *home) drawList(th *theme, w, n int) block {
	out := make(block, 0, n)
	if len(h.items) == 0 {
		return append(out, newRow(w).pad(1).add(th.dim, "no built-in programs").String())
	}
	top := h.listTop(n)
	for i := top; i < len(h.rows) && len(out) < n; i++ {
		hr := h.rows[i]
		r := newRow(w)
		if hr.topic != "" {
			r.pad(1).add(th.listTopic, hr.topic)
			if solved, total := h.topicCount(hr.topic); total > 0 {
				r.add(th.dim, "  "+strconv.Itoa(solved)+"/"+strconv.Itoa(total)+" solved")
			}
			out = append(out, r.String())
			continue
		}
		s := h.items[hr.item]
		short := s.Name
		if _, rest, ok := strings.Cut(s.Name, "-"); ok {
			short = rest
		}
		mark := " "
		if h.solved(hr.item) {
			mark = "✓"
		}
		if hr.item == h.cursor {
			r.add(th.listCursor, " ▸ "+short+" ")
		} else {
			r.pad(3).add(th.text, short+" ")
		}
		if s.Kind == KindPuzzle {
			r.add(th.okText, mark)
			r.add(th.accent, stars(s.Difficulty))
		}
		r.add(th.dim, " "+s.Title)
		out = append(out, r.String())
	}
	return out
}

func (h *home) drawPreview(th *theme, w, n int) block {
	out := make(block, 0, n)
	if len(h.items) == 0 {
		return out
	}
	s := h.items[h.cursor]
	for _, l := range wrap(s.Title, w-2) {
		out = append(out, newRow(w).pad(1).add(th.title, l).String())
	}
	what := " · enter opens it in the simulator"
	if s.Kind == KindPuzzle {
		what = " · " + stars(s.Difficulty) + " · enter: predict its output"
		if h.prog != nil {
			if p := h.prog.Puzzle(s.Name); p.Solved {
				what += " · solved, " + strconv.Itoa(p.Points) + " points"
			} else if p.Attempts > 0 {
				what += " · " + strconv.Itoa(p.Attempts) + " attempt(s) so far"
			}
		}
		if h.prog != nil {
			if t := h.topicStreak(s); t.Best > 0 {
				what += " · topic streak " + strconv.Itoa(t.Streak) + " (best " + strconv.Itoa(t.Best) + ")"
			}
		}
	}
	out = append(out, newRow(w).pad(1).add(th.dim, s.Topic+what).String())
	if h.warn != "" {
		for _, l := range wrap("warning: "+h.warn, w-2) {
			out = append(out, newRow(w).pad(1).add(th.warnText, l).String())
		}
	}
	out = append(out, blank(w, 1)...)
	src := h.sources[h.cursor]
	numW := max(len(strconv.Itoa(len(src.lines))), 2)
	for i, line := range src.lines {
		if len(out) == n {
			break
		}
		r := newRow(w)
		num := strconv.Itoa(i + 1)
		r.pad(1 + numW - len(num))
		r.add(th.lineNo, num)
		r.add(th.border, "│")
		for _, sp := range line {
			r.add(th.tok[sp.class], sp.text)
		}
		out = append(out, r.String())
	}
	return out
}

// topicStreak is the progress on the topic of a puzzle item.
func (h *home) topicStreak(s Scenario) progress.Topic {
	for _, p := range h.puzzles {
		if p.ID == s.Name {
			return h.prog.Topic(p.TopicID)
		}
	}
	return progress.Topic{}
}
