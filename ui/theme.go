package ui

import (
	"strings"

	"charm.land/bubbles/v2/help"
	"charm.land/lipgloss/v2"
	"github.com/loopviz/loopviz/sim"
)

// ThemeName picks a palette.
type ThemeName uint8

const (
	ThemeDark  ThemeName = iota // light text on a dark terminal
	ThemeLight                  // dark text on a light terminal
	ThemeMono                   // NO_COLOR: bold, faint and reverse only
	ThemePlain                  // no escape sequences at all: text for files and tests
)

// ParseTheme reads "dark", "light", "mono" or "plain".
func ParseTheme(s string) (ThemeName, bool) {
	for i, n := range themeNames {
		if n == s {
			return ThemeName(i), true
		}
	}
	return 0, false
}

var themeNames = [...]string{"dark", "light", "mono", "plain"}

func (n ThemeName) String() string {
	if int(n) < len(themeNames) {
		return themeNames[n]
	}
	return "theme?"
}

// theme is the paints of one palette. Every piece of information also has a
// glyph (a marker, a prefix), so the mono and plain themes lose colour but
// never meaning.
type theme struct {
	name ThemeName
	dark bool

	text, dim, bold, title, border, accent paint
	lineNo, curLineNo, curLine, queuedLine paint
	errorLine, errorText, warnText, okText paint
	tok, curTok                            [numTokClasses]paint

	stdout, stderr, outCurrent, outPick paint
	phaseOn, phaseOff, phaseDone, drain paint
	barFull, barEmpty, barOver          paint
	queue                               [sim.QueueIO + 1]paint // by queue: entry marks and section names
	scrubDone, scrubLeft, scrubAt       paint
	key, keyDesc                        paint
	listCursor, listTopic               paint

	help help.Styles // the footer and help screen (bubbles help)
}

// palette is a theme's colours.
type palette struct {
	dim, border, title, accent, onAccent, curBG, lineNo     string
	keyword, literal, str, number, comment, builtin         string
	red, yellow, green, blue, teal, pink, mauve, peach, sky string
	barEmpty                                                string
}

var darkPalette = palette{
	dim: "#7f849c", border: "#585b70", title: "#cdd6f4", accent: "#f9e2af", onAccent: "#1e1e2e",
	curBG: "#313244", lineNo: "#6c7086",
	keyword: "#cba6f7", literal: "#fab387", str: "#a6e3a1", number: "#fab387", comment: "#7f849c", builtin: "#89b4fa",
	red: "#f38ba8", yellow: "#f9e2af", green: "#a6e3a1", blue: "#89b4fa", teal: "#94e2d5", pink: "#f5c2e7",
	mauve: "#cba6f7", peach: "#fab387", sky: "#89dceb", barEmpty: "#45475a",
}

var lightPalette = palette{
	dim: "#7c7f93", border: "#9ca0b0", title: "#4c4f69", accent: "#df8e1d", onAccent: "#eff1f5",
	curBG: "#dce0e8", lineNo: "#8c8fa1",
	keyword: "#8839ef", literal: "#fe640b", str: "#40a02b", number: "#fe640b", comment: "#8c8fa1", builtin: "#1e66f5",
	red: "#d20f39", yellow: "#df8e1d", green: "#40a02b", blue: "#1e66f5", teal: "#179299", pink: "#ea76cb",
	mauve: "#8839ef", peach: "#fe640b", sky: "#04a5e5", barEmpty: "#ccd0da",
}

// paintOf turns a lipgloss style into the sequences around its text.
func paintOf(s lipgloss.Style) paint {
	out := s.Render("\x00")
	pre, post, _ := strings.Cut(out, "\x00")
	return paint{pre, post}
}

func newTheme(name ThemeName) *theme {
	switch name {
	case ThemeLight:
		return colourTheme(name, lightPalette, false)
	case ThemeMono:
		return monoTheme()
	case ThemePlain:
		return &theme{name: ThemePlain}
	}
	return colourTheme(ThemeDark, darkPalette, true)
}

func colourTheme(name ThemeName, p palette, dark bool) *theme {
	st := func() lipgloss.Style { return lipgloss.NewStyle() }
	fg := func(c string) lipgloss.Style { return st().Foreground(lipgloss.Color(c)) }
	bg := lipgloss.Color(p.curBG)
	t := &theme{name: name, dark: dark}
	t.dim = paintOf(fg(p.dim))
	t.bold = paintOf(st().Bold(true))
	t.title = paintOf(fg(p.title).Bold(true))
	t.border = paintOf(fg(p.border))
	t.accent = paintOf(fg(p.accent).Bold(true))
	t.lineNo = paintOf(fg(p.lineNo))
	t.curLineNo = paintOf(fg(p.accent).Background(bg).Bold(true))
	t.curLine = paintOf(st().Background(bg))
	t.queuedLine = paintOf(fg(p.sky))
	t.errorLine = paintOf(fg(p.red).Background(bg).Bold(true))
	t.errorText = paintOf(fg(p.red).Bold(true))
	t.warnText = paintOf(fg(p.yellow).Bold(true))
	t.okText = paintOf(fg(p.green))
	tokColour := [numTokClasses]string{"", p.keyword, p.literal, p.str, p.number, p.comment, p.builtin}
	for c := range numTokClasses {
		s := st()
		if tokColour[c] != "" {
			s = fg(tokColour[c])
		}
		if tokClass(c) == tokComment {
			s = s.Italic(true)
		}
		t.tok[c] = paintOf(s)
		t.curTok[c] = paintOf(s.Background(bg))
	}
	t.stdout = paint{}
	t.stderr = paintOf(fg(p.red))
	t.outCurrent = paintOf(st().Background(bg).Bold(true))
	t.outPick = paintOf(fg(p.onAccent).Background(lipgloss.Color(p.accent)))
	t.phaseOn = paintOf(fg(p.onAccent).Background(lipgloss.Color(p.accent)).Bold(true))
	t.phaseOff = paintOf(fg(p.dim))
	t.phaseDone = paintOf(fg(p.title))
	t.drain = paintOf(fg(p.mauve).Bold(true))
	t.barFull = paintOf(fg(p.peach))
	t.barEmpty = paintOf(fg(p.barEmpty))
	t.barOver = paintOf(fg(p.red))
	t.queue = [sim.QueueIO + 1]paint{
		sim.QueueNone:      {},
		sim.QueueTick:      paintOf(fg(p.pink).Bold(true)),
		sim.QueueMicrotask: paintOf(fg(p.mauve).Bold(true)),
		sim.QueueTimers:    paintOf(fg(p.yellow).Bold(true)),
		sim.QueueImmediate: paintOf(fg(p.teal).Bold(true)),
		sim.QueuePending:   paintOf(fg(p.blue).Bold(true)),
		sim.QueuePoll:      paintOf(fg(p.blue).Bold(true)),
		sim.QueueClose:     paintOf(fg(p.red).Bold(true)),
		sim.QueueWork:      paintOf(fg(p.peach).Bold(true)),
		sim.QueueIO:        paintOf(fg(p.sky).Bold(true)),
	}
	t.scrubDone = paintOf(fg(p.accent))
	t.scrubLeft = paintOf(fg(p.border))
	t.scrubAt = paintOf(fg(p.accent).Bold(true))
	t.key = paintOf(fg(p.title).Bold(true))
	t.keyDesc = paintOf(fg(p.dim))
	t.listCursor = paintOf(fg(p.onAccent).Background(lipgloss.Color(p.accent)).Bold(true))
	t.listTopic = paintOf(fg(p.accent).Bold(true))
	t.help = helpStyles(fg(p.title).Bold(true), fg(p.dim), fg(p.border))
	return t
}

// helpStyles styles bubbles' help with a theme's key, description and
// separator styles.
func helpStyles(key, desc, sep lipgloss.Style) help.Styles {
	return help.Styles{
		Ellipsis: sep, ShortKey: key, ShortDesc: desc, ShortSeparator: sep,
		FullKey: key, FullDesc: desc, FullSeparator: sep,
	}
}

// monoTheme honours NO_COLOR: no colour, but bold, faint, italic and reverse
// video still mark the current line, the lit phase and the errors.
func monoTheme() *theme {
	st := lipgloss.NewStyle
	t := &theme{name: ThemeMono, dark: true}
	t.dim = paintOf(st().Faint(true))
	t.bold = paintOf(st().Bold(true))
	t.title = t.bold
	t.accent = t.bold
	t.lineNo = t.dim
	t.curLineNo = paintOf(st().Reverse(true).Bold(true))
	t.curLine = paintOf(st().Bold(true))
	t.errorLine = paintOf(st().Bold(true).Underline(true))
	t.errorText = t.errorLine
	t.warnText = t.bold
	t.tok[tokComment] = paintOf(st().Italic(true))
	t.curTok = [numTokClasses]paint{}
	for c := range numTokClasses {
		t.curTok[c] = t.curLine
	}
	t.stderr = paintOf(st().Italic(true))
	t.outCurrent = paintOf(st().Bold(true))
	t.outPick = paintOf(st().Reverse(true))
	t.phaseOn = paintOf(st().Reverse(true).Bold(true))
	t.phaseOff = t.dim
	t.drain = t.bold
	t.barEmpty = t.dim
	for q := range t.queue {
		t.queue[q] = t.bold
	}
	t.scrubLeft = t.dim
	t.scrubAt = t.bold
	t.key = t.bold
	t.keyDesc = t.dim
	t.listCursor = paintOf(st().Reverse(true))
	t.listTopic = t.bold
	st2 := lipgloss.NewStyle()
	t.help = helpStyles(st2.Bold(true), st2.Faint(true), st2.Faint(true))
	return t
}
