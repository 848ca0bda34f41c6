package ui

import "charm.land/bubbles/v2/key"

// viewerKeys are the simulator's key bindings, grouped by what they act on.
// The help screen and the footer are made from them, so they cannot drift.
type viewerKeys struct {
	// Moving through time.
	Next, Prev                 key.Binding
	NextCallback, PrevCallback key.Binding
	NextPhase, PrevPhase       key.Binding
	Start, End                 key.Binding
	// Autoplay and granularity.
	Play, Faster, Slower key.Binding
	Level                key.Binding
	// Output lines, lanes.
	PickOutput, Up, Down, Jump key.Binding
	Lane                       key.Binding
	// The app.
	Rerun, Help, Back, Quit key.Binding
}

func newViewerKeys() viewerKeys {
	b := func(keys []string, help, desc string) key.Binding {
		return key.NewBinding(key.WithKeys(keys...), key.WithHelp(help, desc))
	}
	return viewerKeys{
		Next:         b([]string{"right", "l"}, "→/l", "next step"),
		Prev:         b([]string{"left", "h"}, "←/h", "previous step"),
		NextCallback: b([]string{"]"}, "]", "next callback"),
		PrevCallback: b([]string{"["}, "[", "previous callback"),
		NextPhase:    b([]string{"tab"}, "tab", "next phase change"),
		PrevPhase:    b([]string{"shift+tab"}, "shift+tab", "previous phase change"),
		Start:        b([]string{"g", "home"}, "g", "first step"),
		End:          b([]string{"G", "end"}, "G", "last step"),
		Play:         b([]string{"space"}, "space", "autoplay"),
		Faster:       b([]string{"+", "="}, "+", "faster"),
		Slower:       b([]string{"-", "_"}, "-", "slower"),
		Level:        b([]string{"v"}, "v", "level: loop/api/statement"),
		PickOutput:   b([]string{"o"}, "o", "pick an output line"),
		Up:           b([]string{"up", "k"}, "↑/k", "line up"),
		Down:         b([]string{"down", "j"}, "↓/j", "line down"),
		Jump:         b([]string{"enter"}, "enter", "jump to the step that printed it"),
		Lane:         b([]string{"L"}, "L", "focus the next lane (loop)"),
		Rerun:        b([]string{"r"}, "r", "re-run the file"),
		Help:         b([]string{"?"}, "?", "help"),
		Back:         b([]string{"esc"}, "esc", "back"),
		Quit:         b([]string{"q", "ctrl+c"}, "q", "quit"),
	}
}

// ShortHelp is the footer.
func (k viewerKeys) ShortHelp() []key.Binding {
	return []key.Binding{k.Next, k.Prev, k.NextCallback, k.NextPhase, k.Play, k.Level, k.PickOutput, k.Help, k.Quit}
}

// FullHelp is the help screen, a column per group.
func (k viewerKeys) FullHelp() [][]key.Binding {
	return [][]key.Binding{
		{k.Next, k.Prev, k.NextCallback, k.PrevCallback, k.NextPhase, k.PrevPhase, k.Start, k.End},
		{k.Play, k.Faster, k.Slower, k.Level},
		{k.PickOutput, k.Up, k.Down, k.Jump, k.Lane},
		{k.Rerun, k.Help, k.Back, k.Quit},
	}
}

// homeKeys are the home screen's key bindings.
type homeKeys struct {
	Up, Down, PageUp, PageDown, Top, Bottom, NextTopic, PrevTopic key.Binding
	Open, NextPuzzle, Interview, Search, Help, Quit               key.Binding
}

func newHomeKeys() homeKeys {
	b := func(keys []string, help, desc string) key.Binding {
		return key.NewBinding(key.WithKeys(keys...), key.WithHelp(help, desc))
	}
	return homeKeys{
		Up:         b([]string{"up", "k"}, "↑/k", "up"),
		Down:       b([]string{"down", "j"}, "↓/j", "down"),
		PageUp:     b([]string{"pgup", "b"}, "pgup", "page up"),
		PageDown:   b([]string{"pgdown", "f"}, "pgdn", "page down"),
		Top:        b([]string{"g", "home"}, "g", "first"),
		Bottom:     b([]string{"G", "end"}, "G", "last"),
		NextTopic:  b([]string{"tab", "]"}, "tab", "next topic"),
		PrevTopic:  b([]string{"shift+tab", "["}, "shift+tab", "previous topic"),
		Open:       b([]string{"enter", "right", "l"}, "enter", "open"),
		NextPuzzle: b([]string{"n"}, "n", "next puzzle"),
		Interview:  b([]string{"i"}, "i", "interview"),
		Search:     b([]string{"/"}, "/", "search"),
		Help:       b([]string{"?"}, "?", "help"),
		Quit:       b([]string{"q", "ctrl+c", "esc"}, "q", "quit"),
	}
}

func (k homeKeys) ShortHelp() []key.Binding {
	return []key.Binding{k.Up, k.Down, k.Open, k.Search, k.NextPuzzle, k.Interview, k.NextTopic, k.Help, k.Quit}
}

func (k homeKeys) FullHelp() [][]key.Binding {
	return [][]key.Binding{
		{k.Up, k.Down, k.PageUp, k.PageDown, k.Top, k.Bottom},
		{k.NextTopic, k.PrevTopic, k.Open, k.Search, k.NextPuzzle, k.Interview},
		{k.Help, k.Quit},
	}
}

// predictKeys are the prediction screen's key bindings.
type predictKeys struct {
	Up, Down, MoveUp, MoveDown, TypeOrder, OpenAnswer key.Binding
	Hint, Submit, Retry, Next, Help, Back, Quit       key.Binding
	AsYouGo                                           key.Binding
}

func newPredictKeys() predictKeys {
	b := func(keys []string, help, desc string) key.Binding {
		return key.NewBinding(key.WithKeys(keys...), key.WithHelp(help, desc))
	}
	return predictKeys{
		Up:         b([]string{"up", "k"}, "↑/k", "select up"),
		Down:       b([]string{"down", "j"}, "↓/j", "select down"),
		MoveUp:     b([]string{"shift+up", "K", "ctrl+up"}, "K/shift+↑", "move line up"),
		MoveDown:   b([]string{"shift+down", "J", "ctrl+down"}, "J/shift+↓", "move line down"),
		TypeOrder:  b([]string{"t", ":"}, "t", "type the order"),
		OpenAnswer: b([]string{"e"}, "e", "type the answer freely"),
		Hint:       b([]string{"h"}, "h", "hint (−3 points)"),
		AsYouGo:    b([]string{"p"}, "p", "predict as you go"),
		Submit:     b([]string{"enter"}, "enter", "submit"),
		Retry:      b([]string{"r"}, "r", "try again"),
		Next:       b([]string{"n"}, "n", "next puzzle"),
		Help:       b([]string{"?"}, "?", "help"),
		Back:       b([]string{"esc"}, "esc", "back"),
		Quit:       b([]string{"q", "ctrl+c"}, "q", "quit"),
	}
}

func (k predictKeys) ShortHelp() []key.Binding {
	short := func(b key.Binding, help, desc string) key.Binding {
		return key.NewBinding(key.WithKeys(b.Keys()...), key.WithHelp(help, desc))
	}
	return []key.Binding{k.Submit, short(k.MoveUp, "K", "line up"), short(k.MoveDown, "J", "line down"), k.TypeOrder, k.Hint, k.AsYouGo, k.Help, k.Quit}
}

func (k predictKeys) FullHelp() [][]key.Binding {
	return [][]key.Binding{
		{k.Up, k.Down, k.MoveUp, k.MoveDown, k.TypeOrder, k.OpenAnswer},
		{k.Hint, k.Submit, k.AsYouGo, k.Retry, k.Next, k.Back, k.Quit},
	}
}

// verdictKeys is the footer of the verdict screen.
type verdictKeys struct{ k predictKeys }

func (v verdictKeys) ShortHelp() []key.Binding {
	k := v.k
	open := key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "open the simulator"))
	return []key.Binding{open, k.Retry, k.Hint, k.Next, k.Back, k.Quit}
}

func (v verdictKeys) FullHelp() [][]key.Binding { return v.k.FullHelp() }
