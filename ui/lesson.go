package ui

import (
	"fmt"
	"strings"

	"charm.land/bubbles/v2/key"
	"charm.land/glamour/v2"
	gansi "charm.land/glamour/v2/ansi"
	"charm.land/glamour/v2/styles"
	"github.com/charmbracelet/x/ansi"
	"github.com/loopviz/loopviz/sim"
)

// Lesson is a page of the course as the lesson viewer shows it. The caller
// (cmd) builds it from the lessons package: ui never reads lessons itself.
type Lesson struct {
	ID       string
	Title    string
	Markdown string
	Examples []LessonExample
	Check    []Question
	Puzzles  []LessonPuzzle // to practise with after the check
	Done     bool           // finished before: its quick check was answered
}

// LessonPuzzle is a puzzle of the library a lesson suggests.
type LessonPuzzle struct {
	ID    string
	Title string
}

// LessonExample is a runnable example of a lesson.
type LessonExample struct {
	Name string // "phases-guide-order"
	File string // absolute path of the program
	At   string // the step that matters: the first step printing a line that contains this
	Look string // what to look at there
}

// Question is a multiple-choice question of a lesson's quick check.
type Question struct {
	Ask     string
	Choices []string
	Answer  int
	Why     string
}

// markStep is the example's step that matters in a run: the first step
// whose output contains at, or 0 when none does (or at is empty).
func markStep(tr *sim.Trace, at string) int {
	if at == "" {
		return 0
	}
	for i, s := range tr.All() {
		if s.Kind == sim.KindOutput && strings.Contains(tr.Output[s.Arg].Text, at) {
			return i
		}
	}
	return 0
}

// lessonKeys are the lesson viewer's key bindings.
type lessonKeys struct {
	Up, Down, PageUp, PageDown, Top, Bottom key.Binding
	Example, Check, Next, Prev, Contents    key.Binding
	Help, Quit                              key.Binding
}

func newLessonKeys() lessonKeys {
	b := func(keys []string, help, desc string) key.Binding {
		return key.NewBinding(key.WithKeys(keys...), key.WithHelp(help, desc))
	}
	return lessonKeys{
		Up:       b([]string{"up", "k"}, "↑/k", "scroll up"),
		Down:     b([]string{"down", "j"}, "↓/j", "scroll down"),
		PageUp:   b([]string{"pgup", "b"}, "pgup/b", "page up"),
		PageDown: b([]string{"pgdown", "space", "f"}, "pgdn/space", "page down"),
		Top:      b([]string{"g", "home"}, "g", "top"),
		Bottom:   b([]string{"G", "end"}, "G", "bottom"),
		Example:  b([]string{"1", "2", "3", "4", "5", "6", "7", "8", "9"}, "1-9", "step through example N"),
		Check:    b([]string{"c"}, "c", "quick check"),
		Next:     b([]string{"n"}, "n", "next lesson"),
		Prev:     b([]string{"p"}, "p", "previous lesson"),
		Contents: b([]string{"t"}, "t", "table of contents"),
		Help:     b([]string{"?"}, "?", "help"),
		Quit:     b([]string{"q", "ctrl+c"}, "q", "quit"),
	}
}

func (k lessonKeys) ShortHelp() []key.Binding {
	return []key.Binding{k.Down, k.PageDown, k.Example, k.Check, k.Next, k.Contents, k.Help, k.Quit}
}

func (k lessonKeys) FullHelp() [][]key.Binding {
	return [][]key.Binding{
		{k.Up, k.Down, k.PageUp, k.PageDown, k.Top, k.Bottom},
		{k.Example, k.Check, k.Next, k.Prev, k.Contents},
		{k.Help, k.Quit},
	}
}

// checkKeys are the quick check's key bindings.
type checkKeys struct {
	Up, Down, Answer, Back, Quit key.Binding
}

func newCheckKeys() checkKeys {
	b := func(keys []string, help, desc string) key.Binding {
		return key.NewBinding(key.WithKeys(keys...), key.WithHelp(help, desc))
	}
	return checkKeys{
		Up:     b([]string{"up", "k"}, "↑/k", "up"),
		Down:   b([]string{"down", "j"}, "↓/j", "down"),
		Answer: b([]string{"enter", "a", "b", "c", "d"}, "enter/a-d", "answer · continue"),
		Back:   b([]string{"esc"}, "esc", "back to the lesson"),
		Quit:   b([]string{"q", "ctrl+c"}, "q", "quit"),
	}
}

func (k checkKeys) ShortHelp() []key.Binding {
	return []key.Binding{k.Up, k.Down, k.Answer, k.Back, k.Quit}
}
func (k checkKeys) FullHelp() [][]key.Binding {
	return [][]key.Binding{{k.Up, k.Down, k.Answer, k.Back, k.Quit}}
}

// glamourStyle is the markdown style that goes with a theme: colours for
// dark and light terminals, plain text for NO_COLOR and files.
func glamourStyle(th ThemeName) string {
	switch th {
	case ThemeDark:
		return "dark"
	case ThemeLight:
		return "light"
	}
	return "notty"
}

// plainMarkdownStyle is glamour's plain-text style without the markers it
// writes around bold and italic text: with colours off (NO_COLOR, a file),
// "**" in the middle of a sentence reads as noise, not emphasis.
func plainMarkdownStyle() gansi.StyleConfig {
	cfg := styles.NoTTYStyleConfig
	cfg.Emph = gansi.StylePrimitive{}
	cfg.Strong = gansi.StylePrimitive{}
	return cfg
}

// renderMarkdown draws a lesson's text for a width as lines of exactly
// that width.
func renderMarkdown(md string, th ThemeName, width int) []string {
	// Code is highlighted in true colour: chroma's mapping to 256 colours
	// breaks ties between equally near colours differently from run to run,
	// and bubbletea converts true colour to what the terminal can show.
	style := glamour.WithStandardStyle(glamourStyle(th))
	if glamourStyle(th) == "notty" {
		style = glamour.WithStyles(plainMarkdownStyle())
	}
	r, err := glamour.NewTermRenderer(style, glamour.WithWordWrap(max(width-2, 10)),
		glamour.WithChromaFormatter("terminal16m"))
	var out string
	if err == nil {
		out, err = r.Render(md)
	}
	if err != nil {
		out = md + "\n\n(loopviz could not format this text: " + err.Error() + ")"
	}
	lines := strings.Split(strings.Trim(out, "\n"), "\n")
	for i, l := range lines {
		lines[i] = fitLine(l, width)
	}
	return lines
}

// fitLine cuts or pads a line that may hold escape sequences to w cells.
func fitLine(l string, w int) string {
	n := ansi.StringWidth(l)
	switch {
	case n > w:
		l = ansi.Truncate(l, w, "")
		n = ansi.StringWidth(l)
	}
	if n < w {
		l += strings.Repeat(" ", w-n)
	}
	return l
}

// lessonHeader is the top line of the lesson viewer.
func lessonHeader(th *theme, w int, l *Lesson, index, total int, where string) string {
	r := newRow(w)
	r.add(th.title, " loopviz course").add(th.dim, fmt.Sprintf(" · lesson %d of %d · ", index+1, total))
	status := where
	if l.Done {
		status = "✓ finished · " + where
	}
	right := textWidth(status) + 2
	title := l.Title
	if room := r.room() - right; textWidth(title) > room {
		title = ansi.Truncate(title, max(room, 0), "…")
	}
	r.add(th.bold, title)
	r.addRight(th.dim, status+" ")
	return r.String()
}

// examplesBar lists the lesson's examples with their keys.
func examplesBar(th *theme, w int, l *Lesson) string {
	r := newRow(w)
	if len(l.Examples) == 0 {
		return r.add(th.dim, " no runnable example").String()
	}
	r.add(th.dim, " run ")
	for i, e := range l.Examples {
		if i > 0 {
			r.add(th.dim, " · ")
		}
		r.add(th.key, fmt.Sprint(i+1)).add(th.text, " "+e.Name)
	}
	return r.String()
}

// scrollWhere says where in the text the viewport is.
func scrollWhere(top, visible, total int) string {
	switch {
	case total <= visible:
		return "all"
	case top <= 0:
		return "top"
	case top+visible >= total:
		return "end"
	}
	return fmt.Sprintf("%d%%", (top+visible)*100/total)
}

// checkState is the quick check in progress.
type checkState struct {
	q        int  // the question shown
	cursor   int  // the choice under the cursor
	answered bool // the shown question was answered...
	right    bool // ...correctly
	done     bool // every question answered correctly
}

// drawCheck draws the quick check in a w x h area.
func drawCheck(th *theme, w, h int, l *Lesson, c *checkState) block {
	var lines []string
	add := func(p paint, s string, indent int) {
		for _, part := range wrap(s, max(w-indent-2, 10)) {
			r := newRow(w)
			r.pad(indent).add(p, part)
			lines = append(lines, r.String())
		}
	}
	gap := func() { lines = append(lines, strings.Repeat(" ", w)) }
	gap()
	if c.done || len(l.Check) == 0 {
		add(th.okText, "✓ Lesson finished.", 2)
		gap()
		if len(l.Puzzles) > 0 {
			add(th.title, "Practise with these puzzles (on loopviz's home screen, or: loopviz check ID --answer FILE):", 2)
			for _, p := range l.Puzzles {
				add(th.text, "• "+p.ID+" · "+p.Title, 4)
			}
			gap()
		}
		add(th.text, "n goes to the next lesson, esc back to this one, q quits. `loopviz lessons` lists the course with what you have finished.", 2)
		return fitBlock(lines, w, h)
	}
	q := l.Check[c.q]
	add(th.title, fmt.Sprintf("Quick check · question %d of %d", c.q+1, len(l.Check)), 2)
	gap()
	add(th.text, q.Ask, 2)
	gap()
	for i, choice := range q.Choices {
		mark, p := "  ", th.text
		if i == c.cursor {
			mark, p = "▸ ", th.accent
		}
		if c.answered && i == q.Answer && c.right {
			mark, p = "✓ ", th.okText
		}
		if c.answered && !c.right && i == c.cursor {
			mark, p = "✗ ", th.errorText
		}
		add(p, fmt.Sprintf("%s%c) %s", mark, 'a'+i, choice), 2)
	}
	gap()
	if c.answered {
		if c.right {
			add(th.okText, "Right.", 2)
			add(th.text, q.Why, 2)
			gap()
			add(th.dim, "enter: continue", 2)
		} else {
			add(th.errorText, "Not quite: try another answer, or esc to read the lesson again and step through its example.", 2)
		}
	}
	return fitBlock(lines, w, h)
}

// fitBlock cuts or pads lines to exactly h lines of width w.
func fitBlock(lines []string, w, h int) block {
	out := make(block, 0, h)
	for i := 0; i < h; i++ {
		if i < len(lines) {
			out = append(out, lines[i])
		} else {
			out = append(out, strings.Repeat(" ", w))
		}
	}
	return out
}
