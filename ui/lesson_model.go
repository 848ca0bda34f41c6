package ui

import (
	"fmt"
	"strings"

	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/viewport"
	tea "charm.land/bubbletea/v2"
	"github.com/loopviz/loopviz/sim"
)

// CourseOptions configure the lesson viewer.
type CourseOptions struct {
	Lessons  []Lesson
	Start    int     // the lesson shown first
	Run      RunFunc // runs an example (the caller's: ui never runs JavaScript itself)
	Theme    ThemeName
	ThemeSet bool
	Level    sim.Level // the simulator's granularity
	// OnDone is called when the user finishes a lesson's quick check, to
	// keep the progress; its error is shown on screen.
	OnDone func(id string) error
}

// Course is the lesson viewer's root model: a lesson's text in a viewport,
// its quick check, and the simulator opened on one of its examples, which
// esc leaves to come back to the same place in the text.
type Course struct {
	opts          CourseOptions
	width, height int
	th            *theme
	themeKnown    bool

	keys     lessonKeys
	ckeys    checkKeys
	tkeys    tocKeys
	showHelp bool

	toc       bool // the table of contents is open
	tocCursor int

	cur      int
	vp       viewport.Model
	lines    []string // the current lesson rendered for the viewport's width
	linesFor string   // what lines were rendered for: lesson, width and theme
	offsets  []int    // each lesson's scroll position, kept while browsing

	checking bool
	check    checkState
	status   string // a message for the examples bar (a failed save)

	sim       *Model // the simulator, while an example is open
	simAt     string // the example's step that matters
	simPlaced bool   // the simulator has been moved there
}

// NewCourse makes the lesson viewer.
func NewCourse(o CourseOptions) *Course {
	c := &Course{opts: o, th: newTheme(ThemeDark), keys: newLessonKeys(), ckeys: newCheckKeys(), tkeys: newTocKeys(),
		cur: max(0, min(o.Start, len(o.Lessons)-1)), offsets: make([]int, len(o.Lessons))}
	if o.ThemeSet {
		c.th, c.themeKnown = newTheme(o.Theme), true
	}
	c.vp = viewport.New()
	c.vp.MouseWheelEnabled = false // the wheel is handled in Update, like the other screens
	return c
}

func (c *Course) Init() tea.Cmd {
	if !c.themeKnown {
		return tea.RequestBackgroundColor
	}
	return nil
}

func (c *Course) lesson() *Lesson { return &c.opts.Lessons[c.cur] }

// layoutText sizes the viewport and renders the lesson for it when the
// lesson, the width or the theme changed.
func (c *Course) layoutText() {
	if len(c.opts.Lessons) == 0 || c.width <= 0 {
		return
	}
	h := max(c.height-3, 1)
	c.vp.SetWidth(c.width)
	c.vp.SetHeight(h)
	want := fmt.Sprintf("%d/%d/%s", c.cur, c.width, c.th.name)
	if want == c.linesFor {
		return
	}
	// Keep the place across a resize: the same fraction of the text.
	frac := 0.0
	if len(c.lines) > 0 && strings.HasPrefix(c.linesFor, fmt.Sprintf("%d/", c.cur)) {
		frac = float64(c.vp.YOffset()) / float64(len(c.lines))
	}
	c.lines = renderMarkdown(c.lesson().Markdown, c.th.name, c.width)
	c.linesFor = want
	c.vp.SetContentLines(c.lines)
	if frac > 0 {
		c.vp.SetYOffset(int(frac * float64(len(c.lines))))
	} else {
		c.vp.SetYOffset(c.offsets[c.cur])
	}
}

// goLesson shows lesson i, at the place the user left it.
func (c *Course) goLesson(i int) {
	if i < 0 || i >= len(c.opts.Lessons) || i == c.cur {
		return
	}
	c.offsets[c.cur] = c.vp.YOffset()
	c.cur = i
	c.checking, c.check, c.status = false, checkState{}, ""
	c.layoutText()
}

func (c *Course) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		c.width, c.height = msg.Width, msg.Height
		c.layoutText()
		if c.sim != nil {
			return c.forward(msg)
		}
		return c, nil
	case tea.BackgroundColorMsg:
		if !c.opts.ThemeSet {
			name := ThemeLight
			if msg.IsDark() {
				name = ThemeDark
			}
			c.th, c.themeKnown = newTheme(name), true
			c.layoutText()
		}
		if c.sim != nil {
			return c.forward(msg)
		}
		return c, nil
	}
	if c.sim != nil {
		if k, ok := msg.(tea.KeyPressMsg); ok && key.Matches(k, c.sim.vkeys.Back) && c.simCanLeave() {
			c.closeExample()
			return c, nil
		}
		return c.forward(msg)
	}
	switch msg := msg.(type) {
	case tea.KeyPressMsg:
		return c.key(msg)
	case tea.MouseWheelMsg:
		if c.checking || c.showHelp || c.toc {
			return c, nil
		}
		switch msg.Button {
		case tea.MouseWheelUp:
			c.vp.ScrollUp(3)
		case tea.MouseWheelDown:
			c.vp.ScrollDown(3)
		}
	}
	return c, nil
}

// simCanLeave reports whether esc in the simulator should come back to the
// lesson rather than mean something to the simulator (leave its help, stop
// picking an output line, stop autoplay).
func (c *Course) simCanLeave() bool {
	s := c.sim
	if s.showHelp {
		return false
	}
	return s.view == nil || (s.view.pick < 0 && !s.view.playing)
}

// forward hands a message to the simulator, and once its run is loaded
// moves it to the example's step that matters.
func (c *Course) forward(msg tea.Msg) (tea.Model, tea.Cmd) {
	_, cmd := c.sim.Update(msg)
	if v := c.sim.view; v != nil && !c.simPlaced {
		c.simPlaced = true
		v.goTo(markStep(v.tl.trace, c.simAt))
	}
	return c, cmd
}

// openExample opens example i of the lesson in the simulator.
func (c *Course) openExample(i int) tea.Cmd {
	l := c.lesson()
	if i < 0 || i >= len(l.Examples) {
		c.status = fmt.Sprintf("this lesson has %d example(s)", len(l.Examples))
		return nil
	}
	ex := l.Examples[i]
	c.sim = New(Options{File: ex.File, Run: c.opts.Run, Theme: c.th.name, ThemeSet: true, Level: c.opts.Level})
	c.sim.name = ex.Name + ".js · esc: back to the lesson"
	c.sim.width, c.sim.height = c.width, c.height
	c.simAt, c.simPlaced = ex.At, false
	return c.sim.Init()
}

// closeExample comes back from the simulator to the lesson, where it was.
func (c *Course) closeExample() {
	c.sim = nil
}

func (c *Course) key(msg tea.KeyPressMsg) (tea.Model, tea.Cmd) {
	k := c.keys
	if c.showHelp {
		if key.Matches(msg, k.Quit) {
			return c, tea.Quit
		}
		if key.Matches(msg, k.Help, c.ckeys.Back) {
			c.showHelp = false
		}
		return c, nil
	}
	if c.checking {
		return c.checkKey(msg)
	}
	if c.toc {
		return c.tocKey(msg)
	}
	switch {
	case key.Matches(msg, k.Quit):
		return c, tea.Quit
	case key.Matches(msg, k.Help):
		c.showHelp = true
	case key.Matches(msg, k.Up):
		c.vp.ScrollUp(1)
	case key.Matches(msg, k.Down):
		c.vp.ScrollDown(1)
	case key.Matches(msg, k.PageUp):
		c.vp.PageUp()
	case key.Matches(msg, k.PageDown):
		c.vp.PageDown()
	case key.Matches(msg, k.Top):
		c.vp.GotoTop()
	case key.Matches(msg, k.Bottom):
		c.vp.GotoBottom()
	case key.Matches(msg, k.Next):
		c.goLesson(c.cur + 1)
	case key.Matches(msg, k.Prev):
		c.goLesson(c.cur - 1)
	case key.Matches(msg, k.Check):
		c.checking, c.check = true, checkState{}
	case key.Matches(msg, k.Contents):
		c.toc, c.tocCursor = true, c.cur
	case key.Matches(msg, k.Example):
		return c, c.openExample(int(msg.String()[0] - '1'))
	}
	return c, nil
}

func (c *Course) checkKey(msg tea.KeyPressMsg) (tea.Model, tea.Cmd) {
	k, l, st := c.ckeys, c.lesson(), &c.check
	switch {
	case key.Matches(msg, k.Quit):
		return c, tea.Quit
	case key.Matches(msg, k.Back):
		c.checking = false
		return c, nil
	}
	if st.done || len(l.Check) == 0 {
		if key.Matches(msg, c.keys.Next) {
			c.goLesson(c.cur + 1)
		}
		return c, nil
	}
	q := l.Check[st.q]
	if st.answered && st.right {
		if key.Matches(msg, k.Answer) {
			st.q++
			st.cursor, st.answered, st.right = 0, false, false
			if st.q >= len(l.Check) {
				st.q = len(l.Check) - 1
				c.finish()
			}
		}
		return c, nil
	}
	switch {
	case key.Matches(msg, k.Up):
		st.cursor = max(st.cursor-1, 0)
		st.answered = false
	case key.Matches(msg, k.Down):
		st.cursor = min(st.cursor+1, len(q.Choices)-1)
		st.answered = false
	case key.Matches(msg, k.Answer):
		if s := msg.String(); len(s) == 1 && s[0] >= 'a' && s[0] <= 'd' {
			if i := int(s[0] - 'a'); i < len(q.Choices) {
				st.cursor = i
			} else {
				return c, nil
			}
		}
		st.answered, st.right = true, st.cursor == q.Answer
	}
	return c, nil
}

// finish marks the lesson finished and keeps the progress.
func (c *Course) finish() {
	c.check.done = true
	l := c.lesson()
	l.Done = true
	if c.opts.OnDone != nil {
		if err := c.opts.OnDone(l.ID); err != nil {
			c.status = "could not save your progress: " + err.Error()
		}
	}
}

// View draws the current screen.
func (c *Course) View() tea.View {
	v := tea.NewView(c.content())
	v.AltScreen = true
	v.MouseMode = tea.MouseModeCellMotion
	v.WindowTitle = "loopviz course"
	if c.sim != nil {
		v.WindowTitle = "loopviz course · " + c.sim.name
	}
	return v
}

// content is the screen as text.
func (c *Course) content() string {
	w, h := c.width, c.height
	if w <= 0 || h <= 0 {
		return ""
	}
	if c.sim != nil {
		return c.sim.content()
	}
	th := c.th
	if len(c.opts.Lessons) == 0 {
		return messageScreen(th, w, h, "the course has no lessons", "")
	}
	if w < minWidth || h < minHeight {
		return tooSmall(th, w, h)
	}
	c.layoutText()
	l := c.lesson()
	var body block
	where := scrollWhere(c.vp.YOffset(), c.vp.Height(), len(c.lines))
	var keys = shortHelpView(th, c.keys, w)
	switch {
	case c.showHelp:
		body = fitBlock(strings.Split(fullHelpView(th, c.keys, w), "\n"), w, h-3)
		for i, line := range body {
			body[i] = fitLine(line, w)
		}
		where = "help"
	case c.toc:
		body = drawToc(th, w, h-3, c.opts.Lessons, c.cur, c.tocCursor)
		where = "contents"
		keys = shortHelpView(th, c.tkeys, w)
	case c.checking:
		body = drawCheck(th, w, h-3, l, &c.check)
		where = "quick check"
		keys = shortHelpView(th, c.ckeys, w)
	default:
		body = fitBlock(strings.Split(c.vp.View(), "\n"), w, h-3)
		for i, line := range body {
			body[i] = fitLine(line, w)
		}
	}
	out := make([]string, 0, h)
	out = append(out, lessonHeader(th, w, l, c.cur, len(c.opts.Lessons), where))
	out = append(out, body...)
	if c.status != "" {
		out = append(out, newRow(w).add(th.warnText, " "+c.status).String())
	} else {
		out = append(out, examplesBar(th, w, l))
	}
	out = append(out, fitLine(keys, w))
	return strings.Join(out, "\n")
}

// LessonRenderOptions choose the lesson screen RenderLesson draws.
type LessonRenderOptions struct {
	Width, Height int
	Theme         ThemeName
	Scroll        int  // lines scrolled down
	Check         bool // show the quick check instead of the text
}

// RenderLesson draws lesson i of a course as the lesson viewer shows it, without a
// terminal: for tests and docs.
func RenderLesson(lessons []Lesson, i int, o LessonRenderOptions) string {
	c := NewCourse(CourseOptions{Lessons: lessons, Start: i, Theme: o.Theme, ThemeSet: true})
	c.width, c.height = o.Width, o.Height
	c.layoutText()
	c.vp.SetYOffset(o.Scroll)
	c.checking = o.Check
	return c.content()
}
