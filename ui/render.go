package ui

import (
	"strings"

	"charm.land/bubbles/v2/help"
	"github.com/loopviz/loopviz/sim"
)

// RenderOptions choose the frame Render draws.
type RenderOptions struct {
	Step   int // the step to show; negative counts from the end (-1 is the last)
	Width  int
	Height int
	Theme  ThemeName
	Level  sim.Level // the granularity shown in the header (default loop)
	Name   string    // the program's name in the header; default: the file's name
	// FocusLane shows lane FocusLane-1 in the panes (as the L key does);
	// 0 follows the lane of the step.
	FocusLane int
}

// Render draws one screen of the simulator for a run at a step, exactly as
// the TUI shows it at that size, without a terminal: for tests, docs and
// screenshots. Lines are joined by "\n", each Width cells wide.
func Render(run *Run, o RenderOptions) string {
	name := o.Name
	if name == "" {
		name = shortName(run.File)
	}
	if run.Trace == nil || run.Trace.Len() == 0 {
		return messageScreen(newTheme(o.Theme), o.Width, o.Height, "the run recorded no steps", "")
	}
	v := newViewer(run, name, o.Level)
	step := o.Step
	if step < 0 {
		step += run.Trace.Len()
	}
	v.goTo(step)
	if o.FocusLane > 0 && o.FocusLane <= len(run.Trace.Lanes) {
		v.lane = o.FocusLane - 1
	}
	th := newTheme(o.Theme)
	return v.frame(th, o.Width, o.Height, shortHelpView(th, newViewerKeys(), o.Width), "").draw()
}

// shortHelpView is the footer: the most used keys, as bubbles' help draws them.
func shortHelpView(th *theme, keys help.KeyMap, w int) string {
	h := help.New()
	h.Styles = th.help
	h.SetWidth(max(w-1, 1))
	return " " + h.ShortHelpView(keys.ShortHelp())
}

// fullHelpView is the help screen's table of every key.
func fullHelpView(th *theme, keys help.KeyMap, w int) string {
	h := help.New()
	h.Styles = th.help
	h.SetWidth(max(w-4, 1))
	h.FullSeparator = "    "
	return h.FullHelpView(keys.FullHelp())
}

// messageScreen is a whole screen that says one thing: a run that failed, a
// program still running.
func messageScreen(th *theme, w, h int, headline, detail string) string {
	lines := []string{headline}
	if detail != "" {
		lines = append(lines, "")
		for _, l := range strings.Split(detail, "\n") {
			lines = append(lines, wrap(l, max(w-4, 10))...)
		}
	}
	out := make([]string, max(h, 0))
	top := max((h-len(lines))/2, 0)
	for i := range out {
		r := newRow(w)
		if j := i - top; j >= 0 && j < len(lines) {
			r.pad(2)
			p := th.text
			if j == 0 {
				p = th.title
			}
			r.add(p, lines[j])
		}
		out[i] = r.String()
	}
	return strings.Join(out, "\n")
}
