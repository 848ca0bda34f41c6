package ui

import (
	"slices"
	"strings"
	"time"

	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/textinput"
	tea "charm.land/bubbletea/v2"
	"github.com/loopviz/loopviz/sim"
)

// PresentSide is one program of the instructor's stage: its finished run
// and the steps marked in its demo script.
type PresentSide struct {
	Run   *Run
	Name  string
	Marks []PresentMark
}

// PresentMark is a marked step: autoplay pauses there and the note shows
// in the narration until the next mark.
type PresentMark struct {
	At   string // the first step that prints a line containing this
	Note string
}

// PresentOptions configure instructor mode.
type PresentOptions struct {
	Title    string        // the demo's title; default: the programs' names
	Sides    []PresentSide // one program, or two side by side
	Theme    ThemeName
	ThemeSet bool
	Pace     sim.Time // autoplay: virtual time per frame (default 1 ms)
	Play     bool     // start playing
	Pins     []string // the panes shown (see Panes); default loop, queues, output
}

// Panes are the panes instructor mode can pin, in the order of their keys
// 1 to 7.
var Panes = []string{"source", "stack", "loop", "queues", "threadpool", "io", "output"}

// DefaultPins are the panes shown unless chosen: few, so each can be big.
var DefaultPins = []string{"loop", "queues", "output"}

// framesPerSecond is autoplay's frame rate; the pace says how much virtual
// time a frame covers.
const framesPerSecond = 8

// presentKeys are instructor mode's key bindings.
type presentKeys struct {
	Next, Prev, NextMark, PrevMark, Start, End key.Binding
	Play, Faster, Slower                       key.Binding
	Pin, Note, Unnote                          key.Binding
	Help, Back, Quit                           key.Binding
}

func newPresentKeys() presentKeys {
	b := func(keys []string, help, desc string) key.Binding {
		return key.NewBinding(key.WithKeys(keys...), key.WithHelp(help, desc))
	}
	return presentKeys{
		Next:     b([]string{"right", "l"}, "→/l", "next step"),
		Prev:     b([]string{"left", "h"}, "←/h", "previous step"),
		NextMark: b([]string{"n", "]"}, "n/]", "next mark"),
		PrevMark: b([]string{"p", "["}, "p/[", "previous mark"),
		Start:    b([]string{"g", "home"}, "g", "start"),
		End:      b([]string{"G", "end"}, "G", "end"),
		Play:     b([]string{"space"}, "space", "play · pause"),
		Faster:   b([]string{"+", "="}, "+", "faster"),
		Slower:   b([]string{"-", "_"}, "-", "slower"),
		Pin:      b([]string{"1", "2", "3", "4", "5", "6", "7"}, "1-7", "pin a pane: source stack loop queues pool io output"),
		Note:     b([]string{"a"}, "a", "annotate this step"),
		Unnote:   b([]string{"x"}, "x", "remove this step's note"),
		Help:     b([]string{"?"}, "?", "help"),
		Back:     b([]string{"esc"}, "esc", "stop · close"),
		Quit:     b([]string{"q", "ctrl+c"}, "q", "quit"),
	}
}

func (k presentKeys) ShortHelp() []key.Binding {
	return []key.Binding{k.Play, k.Next, k.Prev, k.NextMark, k.Faster, k.Slower, k.Pin, k.Note, k.Help, k.Quit}
}

func (k presentKeys) FullHelp() [][]key.Binding {
	return [][]key.Binding{
		{k.Next, k.Prev, k.NextMark, k.PrevMark, k.Start, k.End},
		{k.Play, k.Faster, k.Slower},
		{k.Pin, k.Note, k.Unnote},
		{k.Help, k.Back, k.Quit},
	}
}

// presentSide is a side's state: its viewer (for snapshots) and the
// moments of its marks.
type presentSide struct {
	PresentSide
	v *viewer
}

// Present is instructor mode's root model: one program, or two side by
// side on one virtual clock, with big panes, large narration, marks that
// pause autoplay, and notes the instructor adds.
type Present struct {
	opts          PresentOptions
	width, height int
	th            *theme
	themeKnown    bool
	keys          presentKeys

	sides   []*presentSide
	clock   *clock
	k       int            // the moment shown
	marks   []int          // moments of the marks, sorted
	markOf  map[int]string // moment -> the mark's note
	notes   map[int]string // moment -> the instructor's note
	pins    []string
	pace    sim.Time
	playing bool
	playGen int

	showHelp bool
	editing  bool
	input    textinput.Model
}

// NewPresent makes instructor mode for finished runs.
func NewPresent(o PresentOptions) *Present {
	p := &Present{opts: o, th: presentTheme(ThemeDark), keys: newPresentKeys(), markOf: map[int]string{}, notes: map[int]string{},
		pins: o.Pins, pace: o.Pace, playing: o.Play}
	if o.ThemeSet {
		p.th, p.themeKnown = presentTheme(o.Theme), true
	}
	if len(p.pins) == 0 {
		p.pins = DefaultPins
	}
	if p.pace <= 0 {
		p.pace = sim.Millisecond
	}
	var tls []*timeline
	for _, s := range o.Sides {
		v := newViewer(s.Run, s.Name, sim.LevelAPI)
		p.sides = append(p.sides, &presentSide{PresentSide: s, v: v})
		tls = append(tls, v.tl)
	}
	p.clock = newClock(sim.LevelAPI, tls...)
	for side, s := range p.sides {
		for _, m := range s.Marks {
			n := markStep(s.v.tl.trace, m.At)
			if n == 0 && m.At != "" {
				continue // not printed in this run: nothing to mark
			}
			k := p.clock.momentOf(side, n)
			if _, dup := p.markOf[k]; !dup {
				p.marks = append(p.marks, k)
			}
			p.markOf[k] = m.Note
		}
	}
	slices.Sort(p.marks)
	p.input = textinput.New()
	p.input.Placeholder = "a note for this step (enter keeps it, esc cancels)"
	p.input.CharLimit = 200
	p.goTo(0)
	return p
}

// presentTheme is a theme for a projector: what is dim on a desk is hard
// to read from the back of a room, so nothing is dim and borders are bold.
func presentTheme(name ThemeName) *theme {
	t := *newTheme(name)
	t.dim = t.text
	t.border = t.title
	t.phaseOff = t.text
	return &t
}

// goTo shows moment k.
func (p *Present) goTo(k int) {
	if p.clock.len() == 0 {
		return
	}
	p.k = max(0, min(k, p.clock.len()-1))
	for side, s := range p.sides {
		s.v.goTo(p.clock.step(side, p.k))
	}
}

func (p *Present) Init() tea.Cmd {
	var cmds []tea.Cmd
	if !p.themeKnown {
		cmds = append(cmds, tea.RequestBackgroundColor)
	}
	if p.playing {
		cmds = append(cmds, p.tick())
	}
	return tea.Batch(cmds...)
}

type presentTickMsg struct{ gen int }

func (p *Present) tick() tea.Cmd {
	gen := p.playGen
	return tea.Tick(time.Second/framesPerSecond, func(time.Time) tea.Msg { return presentTickMsg{gen} })
}

func (p *Present) stop() {
	if p.playing {
		p.playing = false
		p.playGen++
	}
}

func (p *Present) marked(k int) bool {
	_, ok := p.markOf[k]
	return ok
}

// step is one frame of autoplay: on by the pace, pausing at a mark and at
// the end.
func (p *Present) step() {
	p.goTo(p.clock.advance(p.k, p.pace, p.marked))
	if p.marked(p.k) || p.k >= p.clock.len()-1 {
		p.stop()
	}
}

func (p *Present) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		p.width, p.height = msg.Width, msg.Height
		p.input.SetWidth(max(msg.Width-12, 10))
	case tea.BackgroundColorMsg:
		if !p.opts.ThemeSet {
			name := ThemeLight
			if msg.IsDark() {
				name = ThemeDark
			}
			p.th, p.themeKnown = presentTheme(name), true
		}
	case presentTickMsg:
		if msg.gen != p.playGen || !p.playing {
			return p, nil
		}
		p.step()
		if p.playing {
			return p, p.tick()
		}
	case tea.KeyPressMsg:
		return p.key(msg)
	case tea.MouseWheelMsg:
		if p.editing || p.showHelp {
			return p, nil
		}
		p.stop()
		switch msg.Button {
		case tea.MouseWheelUp:
			p.goTo(p.k - 1)
		case tea.MouseWheelDown:
			p.goTo(p.k + 1)
		}
	}
	return p, nil
}

func (p *Present) key(msg tea.KeyPressMsg) (tea.Model, tea.Cmd) {
	k := p.keys
	if p.editing {
		switch msg.String() {
		case "enter":
			if text := strings.TrimSpace(p.input.Value()); text != "" {
				p.notes[p.k] = text
			}
			p.editing = false
			p.input.Blur()
			return p, nil
		case "esc":
			p.editing = false
			p.input.Blur()
			return p, nil
		}
		var cmd tea.Cmd
		p.input, cmd = p.input.Update(msg)
		return p, cmd
	}
	if key.Matches(msg, k.Quit) {
		return p, tea.Quit
	}
	if p.showHelp {
		if key.Matches(msg, k.Help, k.Back) {
			p.showHelp = false
		}
		return p, nil
	}
	switch {
	case key.Matches(msg, k.Help):
		p.showHelp = true
	case key.Matches(msg, k.Back):
		p.stop()
	case key.Matches(msg, k.Play):
		if p.playing {
			p.stop()
			return p, nil
		}
		if p.k >= p.clock.len()-1 {
			p.goTo(0)
		}
		p.playing = true
		p.playGen++
		return p, p.tick()
	case key.Matches(msg, k.Faster):
		p.pace = min(p.pace*2, 1000*sim.Millisecond)
	case key.Matches(msg, k.Slower):
		p.pace = max(p.pace/2, 10*sim.Microsecond)
	case key.Matches(msg, k.Pin):
		p.togglePin(Panes[msg.String()[0]-'1'])
	case key.Matches(msg, k.Note):
		p.stop()
		p.editing = true
		p.input.SetValue(p.notes[p.k])
		return p, p.input.Focus()
	case key.Matches(msg, k.Unnote):
		delete(p.notes, p.k)
	default:
		p.move(msg)
	}
	return p, nil
}

// move handles the keys that move through time.
func (p *Present) move(msg tea.KeyPressMsg) {
	k := p.keys
	switch {
	case key.Matches(msg, k.Next):
		p.goTo(p.k + 1)
	case key.Matches(msg, k.Prev):
		p.goTo(p.k - 1)
	case key.Matches(msg, k.NextMark):
		i, _ := slices.BinarySearch(p.marks, p.k+1)
		if i < len(p.marks) {
			p.goTo(p.marks[i])
		} else {
			p.goTo(p.clock.len() - 1)
		}
	case key.Matches(msg, k.PrevMark):
		i, _ := slices.BinarySearch(p.marks, p.k)
		if i > 0 {
			p.goTo(p.marks[i-1])
		} else {
			p.goTo(0)
		}
	case key.Matches(msg, k.Start):
		p.goTo(0)
	case key.Matches(msg, k.End):
		p.goTo(p.clock.len() - 1)
	default:
		return
	}
	p.stop()
}

// togglePin shows or hides a pane; the last one stays.
func (p *Present) togglePin(name string) {
	if i := slices.Index(p.pins, name); i >= 0 {
		if len(p.pins) > 1 {
			p.pins = slices.Delete(slices.Clone(p.pins), i, i+1)
		}
		return
	}
	var pins []string
	for _, n := range Panes { // keep the canonical order
		if n == name || slices.Contains(p.pins, n) {
			pins = append(pins, n)
		}
	}
	p.pins = pins
}

// View draws the stage.
func (p *Present) View() tea.View {
	v := tea.NewView(p.content())
	v.AltScreen = true
	v.MouseMode = tea.MouseModeCellMotion
	v.WindowTitle = "loopviz present · " + p.title()
	return v
}

func (p *Present) title() string {
	if p.opts.Title != "" {
		return p.opts.Title
	}
	var names []string
	for _, s := range p.sides {
		names = append(names, s.Name)
	}
	return strings.Join(names, " vs ")
}

// PresentRenderOptions choose the stage RenderPresent draws.
type PresentRenderOptions struct {
	Width, Height int
	Mark          int            // show the moment of this mark (1-based); 0: the start
	Notes         map[int]string // notes to add, by mark number (0: the start)
}

// RenderPresent draws instructor mode at a mark without a terminal: for
// tests and docs.
func RenderPresent(o PresentOptions, r PresentRenderOptions) string {
	p := NewPresent(o)
	p.width, p.height = r.Width, r.Height
	at := func(mark int) int {
		if mark <= 0 || len(p.marks) == 0 {
			return 0
		}
		return p.marks[min(mark, len(p.marks))-1]
	}
	for mark, note := range r.Notes {
		p.notes[at(mark)] = note
	}
	p.goTo(at(r.Mark))
	return p.content()
}
