package ui

import (
	"fmt"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
)

// The lesson viewer's table of contents: every lesson, finished ones
// ticked; enter opens the one under the cursor.

// tocKeys are the table of contents' key bindings.
type tocKeys struct {
	Up, Down, Open, Back, Quit key.Binding
}

func newTocKeys() tocKeys {
	b := func(keys []string, help, desc string) key.Binding {
		return key.NewBinding(key.WithKeys(keys...), key.WithHelp(help, desc))
	}
	return tocKeys{
		Up:   b([]string{"up", "k"}, "↑/k", "up"),
		Down: b([]string{"down", "j"}, "↓/j", "down"),
		Open: b([]string{"enter", "right", "l"}, "enter", "open"),
		Back: b([]string{"esc", "t"}, "esc", "back to the lesson"),
		Quit: b([]string{"q", "ctrl+c"}, "q", "quit"),
	}
}

func (k tocKeys) ShortHelp() []key.Binding {
	return []key.Binding{k.Up, k.Down, k.Open, k.Back, k.Quit}
}
func (k tocKeys) FullHelp() [][]key.Binding { return [][]key.Binding{k.ShortHelp()} }

func (c *Course) tocKey(msg tea.KeyPressMsg) (tea.Model, tea.Cmd) {
	k := c.tkeys
	switch {
	case key.Matches(msg, k.Quit):
		return c, tea.Quit
	case key.Matches(msg, k.Back):
		c.toc = false
	case key.Matches(msg, k.Up):
		c.tocCursor = max(c.tocCursor-1, 0)
	case key.Matches(msg, k.Down):
		c.tocCursor = min(c.tocCursor+1, len(c.opts.Lessons)-1)
	case key.Matches(msg, k.Open):
		c.toc = false
		c.goLesson(c.tocCursor)
	}
	return c, nil
}

// drawToc draws the table of contents in a w x h area, scrolled so the
// cursor shows.
func drawToc(th *theme, w, h int, lessons []Lesson, cur, cursor int) block {
	lines := []string{newRow(w).String(), newRow(w).pad(2).add(th.title, "The course").add(th.text, " · enter opens a lesson").String()}
	top := 0
	if room := h - len(lines); cursor >= room {
		top = cursor - room + 1
	}
	for i := top; i < len(lessons) && len(lines) < h; i++ {
		l := lessons[i]
		r := newRow(w)
		mark, p := "  ", th.text
		if i == cursor {
			mark, p = "▸ ", th.accent
		}
		r.pad(2).add(p, mark)
		if l.Done {
			r.add(th.okText, "✓ ")
		} else {
			r.add(th.text, "  ")
		}
		here := ""
		if i == cur {
			here = "  (open)"
		}
		r.add(p, fmt.Sprintf("%2d. %s", i+1, l.Title)).add(th.dim, here)
		lines = append(lines, r.String())
	}
	return fitBlock(lines, w, h)
}
