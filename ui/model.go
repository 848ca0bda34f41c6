// Package ui is loopviz's terminal interface: a home screen of built-in
// programs and a simulator screen that steps through a run's trace, forward
// and back, showing the source, the call stack, the loop's phases, the
// queues, the threadpool, I/O and the output at each step.
//
// Every screen is a pure function of (run, step, level, size, theme) and a
// little interface state (autoplay, the output line being picked, help), so
// stepping back shows exactly the screen the user saw on the way forward, and
// Render draws any frame without a terminal. The package reads sim's trace
// and snapshots only; running a file is the caller's RunFunc.
package ui

import (
	"fmt"
	"os"
	"time"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"github.com/loopviz/loopviz/progress"
	"github.com/loopviz/loopviz/sim"
)

// Options configure the TUI.
type Options struct {
	File      string     // open this file in the simulator; "" opens the home screen
	Scenarios []Scenario // what the home screen lists
	Run       RunFunc    // runs a file (the caller's: ui never runs JavaScript itself)
	Theme     ThemeName  // the palette when ThemeSet; else the terminal's background picks dark or light
	ThemeSet  bool
	Level     sim.Level // the granularity to start at
	Watch     bool      // re-run the file when it changes on disk

	Puzzles  []Puzzle        // the puzzles, in the order "next puzzle" follows
	Puzzle   string          // open this puzzle's prediction screen first
	Judge    JudgeFunc       // grades an answer (the caller's: it runs the program)
	Record   RecordFunc      // saves an attempt (nil: progress is not kept)
	Progress *progress.State // the learner's progress so far (nil: none)

	Interview       []InterviewQuestion // non-empty: start an interview practice session
	InterviewBudget time.Duration       // time per question (default 3 minutes)
	HomeInterview   []InterviewQuestion // the session i starts from the home screen (none: no key)
	Warning         string              // shown on the home and prediction screens (a damaged progress file)
}

// screen is which screen the model shows.
type screen uint8

const (
	screenHome screen = iota
	screenViewer
	screenPredict
	screenInterview
)

// Model is the root bubbletea model.
type Model struct {
	opts          Options
	width, height int
	th            *theme
	themeKnown    bool // the terminal's background has answered, or the theme was set

	vkeys    viewerKeys
	hkeys    homeKeys
	pkeys    predictKeys
	showHelp bool

	pred        *predict        // the puzzle being predicted
	prog        *progress.State // progress, as this session sees it
	fromPredict bool            // the viewer was opened from a verdict: esc goes back to it
	banner      string          // the viewer's headline when it shows where an answer went wrong
	judgeGen    int             // verdicts of abandoned puzzles are dropped
	aygPending  bool            // the run being made is for predicting as you go

	iv                *interview // the interview practice session
	ikeys             interviewKeys
	fromInterview     bool // the viewer was opened from the interview: esc goes back to it
	fromHomeInterview bool // the interview was started from the home screen: it ends there
	ivGen             int

	screen   screen
	home     *home
	view     *viewer // the loaded run; nil before the first one finishes
	file     string  // the file the viewer shows or is loading
	name     string
	fromHome bool
	loading  bool
	runErr   string    // the last run failed: shown instead of the viewer
	stamp    fileStamp // the file as it was when last run
	runGen   int       // results of superseded runs are dropped
	playGen  int       // ticks of a stopped autoplay are dropped
}

// New makes the model.
func New(o Options) *Model {
	m := &Model{opts: o, th: newTheme(ThemeDark), vkeys: newViewerKeys(), hkeys: newHomeKeys(), pkeys: newPredictKeys(), home: newHome(o.Scenarios)}
	m.prog = &progress.State{Puzzles: map[string]*progress.Puzzle{}, Topics: map[string]*progress.Topic{}}
	if o.Progress != nil {
		m.prog = o.Progress.Clone()
	}
	m.home.prog = m.prog
	m.home.warn = o.Warning
	m.home.puzzles = o.Puzzles
	if o.ThemeSet {
		m.th, m.themeKnown = newTheme(o.Theme), true
	}
	if o.File != "" {
		m.screen = screenViewer
		m.file, m.name = o.File, shortName(o.File)
	}
	if p := m.findPuzzle(o.Puzzle); p != nil {
		m.openPuzzle(p)
	}
	m.ikeys = newInterviewKeys()
	if len(o.Interview) > 0 {
		m.iv = newInterview(o.Interview, o.InterviewBudget)
		m.screen = screenInterview
	}
	return m
}

// fileStamp tells whether a file changed on disk.
type fileStamp struct {
	mod  time.Time
	size int64
}

// Messages.
type (
	runDoneMsg struct {
		gen   int
		run   *Run
		err   error
		stamp fileStamp
		keep  bool // keep the user's place in the new run
	}
	watchTickMsg struct{}
	statMsg      struct {
		file  string
		stamp fileStamp
		ok    bool
	}
	playTickMsg struct{ gen int }
	judgedMsg   struct {
		gen    int
		judged *Judged
		err    error
	}
	recordedMsg struct{ err error }
)

// watchInterval is how often watch mode looks at the file.
const watchInterval = 400 * time.Millisecond

func (m *Model) Init() tea.Cmd {
	var cmds []tea.Cmd
	if !m.themeKnown {
		cmds = append(cmds, tea.RequestBackgroundColor)
	}
	if m.screen == screenInterview {
		cmds = append(cmds, interviewTick(m.ivGen))
	}
	if m.screen == screenViewer {
		cmds = append(cmds, m.startRun(false))
		if m.opts.Watch {
			cmds = append(cmds, watchTick())
		}
	}
	return tea.Batch(cmds...)
}

func watchTick() tea.Cmd {
	return tea.Tick(watchInterval, func(time.Time) tea.Msg { return watchTickMsg{} })
}

func stat(file string) fileStamp {
	st, err := os.Stat(file)
	if err != nil {
		return fileStamp{}
	}
	return fileStamp{st.ModTime(), st.Size()}
}

// startRun runs the current file in the background.
func (m *Model) startRun(keep bool) tea.Cmd {
	m.runGen++
	m.loading = true
	gen, file, run := m.runGen, m.file, m.opts.Run
	return func() (msg tea.Msg) {
		stamp := stat(file)
		defer func() {
			if p := recover(); p != nil {
				msg = runDoneMsg{gen: gen, err: fmt.Errorf("loopviz internal error: %v (this is a bug in loopviz: please report it with the program that caused it)", p), stamp: stamp}
			}
		}()
		if run == nil {
			return runDoneMsg{gen: gen, err: fmt.Errorf("loopviz cannot run files here"), stamp: stamp}
		}
		r, err := run(file)
		if err == nil && (r == nil || r.Trace == nil || r.Trace.Len() == 0) {
			err = fmt.Errorf("the run of %s recorded nothing", shortName(file))
		}
		return runDoneMsg{gen: gen, run: r, err: err, stamp: stamp, keep: keep}
	}
}

func (m *Model) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		m.width, m.height = msg.Width, msg.Height
	case tea.BackgroundColorMsg:
		if !m.opts.ThemeSet {
			name := ThemeLight
			if msg.IsDark() {
				name = ThemeDark
			}
			m.th, m.themeKnown = newTheme(name), true
		}
	case runDoneMsg:
		if msg.gen != m.runGen {
			return m, nil
		}
		m.loading = false
		m.stamp = msg.stamp
		if msg.err != nil {
			m.runErr = msg.err.Error()
			return m, nil
		}
		m.runErr = ""
		v := newViewer(msg.run, m.name, m.opts.Level)
		if msg.keep && m.view != nil {
			v.keepPlace(m.view)
		}
		if m.aygPending || (m.view != nil && m.view.ayg != nil) {
			var state []StateQuestion
			if m.pred != nil {
				state = m.pred.p.State
			}
			v.ayg = newAsYouGo(msg.run.Trace, state, msg.run.poolSize())
			v.first()
			m.aygPending = false
		}
		m.view = v
	case watchTickMsg:
		if m.screen != screenViewer || !m.opts.Watch {
			return m, nil
		}
		file := m.file
		return m, tea.Batch(watchTick(), func() tea.Msg {
			st := stat(file)
			return statMsg{file: file, stamp: st, ok: !st.mod.IsZero()}
		})
	case statMsg:
		if msg.file == m.file && msg.ok && msg.stamp != m.stamp && !m.loading {
			return m, m.startRun(true)
		}
	case playTickMsg:
		v := m.view
		if msg.gen != m.playGen || v == nil || !v.playing {
			return m, nil
		}
		old := v.step
		v.next()
		if v.ayg != nil {
			v.ayg.gate(v, old)
			if v.ayg.asking {
				m.stopPlay()
				return m, nil
			}
		}
		if v.atEnd() {
			v.playing = false
			return m, nil
		}
		return m, m.playTick()
	case judgedMsg:
		return m, m.judgedDone(msg)
	case interviewTickMsg:
		if m.iv == nil || msg.gen != m.ivGen || m.iv.done {
			return m, nil
		}
		m.iv.spent[m.iv.cur] += time.Second
		return m, interviewTick(m.ivGen)
	case recordedMsg:
		if m.pred != nil {
			m.pred.warn = ""
			if msg.err != nil {
				m.pred.warn = msg.err.Error()
			}
		}
	case tea.KeyPressMsg:
		return m.key(msg)
	case tea.MouseWheelMsg:
		return m.wheel(msg)
	case tea.MouseClickMsg:
		return m.click(msg)
	}
	return m, nil
}

func (m *Model) playTick() tea.Cmd {
	gen := m.playGen
	d := time.Second / time.Duration(speeds[m.view.speed])
	return tea.Tick(d, func(time.Time) tea.Msg { return playTickMsg{gen} })
}

func (m *Model) stopPlay() {
	if m.view != nil && m.view.playing {
		m.view.playing = false
		m.playGen++
	}
}

func (m *Model) key(msg tea.KeyPressMsg) (tea.Model, tea.Cmd) {
	// Typing into the prediction screen takes every key, q and ? included.
	if m.screen == screenPredict && !m.showHelp && (m.pred.mode == modeTyping || m.pred.mode == modeOpen) {
		return m.predictKey(msg)
	}
	if key.Matches(msg, m.vkeys.Quit) {
		return m, tea.Quit
	}
	if m.showHelp {
		if key.Matches(msg, m.vkeys.Help, m.vkeys.Back) {
			m.showHelp = false
		}
		return m, nil
	}
	if key.Matches(msg, m.vkeys.Help) {
		m.showHelp = true
		return m, nil
	}
	switch m.screen {
	case screenHome:
		return m.homeKey(msg)
	case screenPredict:
		return m.predictKey(msg)
	case screenInterview:
		return m.interviewKey(msg)
	}
	return m.viewerKey(msg)
}

func (m *Model) homeKey(msg tea.KeyPressMsg) (tea.Model, tea.Cmd) {
	k, h := m.hkeys, m.home
	page := max(m.height-6, 1)
	if h.searching {
		if msg.String() == "ctrl+c" {
			return m, tea.Quit
		}
		if h.searchKey(msg) {
			return m, m.openSelected()
		}
		return m, nil
	}
	switch {
	case key.Matches(msg, k.Search):
		h.searching, h.query = true, ""
	case key.Matches(msg, k.Quit):
		return m, tea.Quit
	case key.Matches(msg, k.Up):
		h.move(-1)
	case key.Matches(msg, k.Down):
		h.move(1)
	case key.Matches(msg, k.PageUp):
		h.move(-page)
	case key.Matches(msg, k.PageDown):
		h.move(page)
	case key.Matches(msg, k.Top):
		h.move(-len(h.items))
	case key.Matches(msg, k.Bottom):
		h.move(len(h.items))
	case key.Matches(msg, k.NextTopic):
		h.moveTopic(1)
	case key.Matches(msg, k.PrevTopic):
		h.moveTopic(-1)
	case key.Matches(msg, k.Open):
		return m, m.openSelected()
	case key.Matches(msg, k.Interview) && len(m.opts.HomeInterview) > 0:
		m.iv = newInterview(m.opts.HomeInterview, m.opts.InterviewBudget)
		m.screen, m.fromHomeInterview = screenInterview, true
		m.ivGen++
		return m, interviewTick(m.ivGen)
	case key.Matches(msg, k.NextPuzzle):
		if p := nextUnsolved(m.opts.Puzzles, m.prog, ""); p != nil {
			m.openPuzzle(p)
		}
	}
	return m, nil
}

// openSelected opens the home screen's selected program in the simulator.
func (m *Model) openSelected() tea.Cmd {
	if len(m.home.items) == 0 {
		return nil
	}
	s := m.home.items[m.home.cursor]
	if p := m.findPuzzle(s.Name); p != nil && s.Kind == KindPuzzle {
		m.openPuzzle(p)
		return nil
	}
	m.screen, m.fromHome = screenViewer, true
	m.file, m.name = s.File, s.FileName()
	m.view, m.runErr = nil, ""
	cmds := []tea.Cmd{m.startRun(false)}
	if m.opts.Watch {
		cmds = append(cmds, watchTick())
	}
	return tea.Batch(cmds...)
}

func (m *Model) viewerKey(msg tea.KeyPressMsg) (tea.Model, tea.Cmd) {
	k, v := m.vkeys, m.view
	switch {
	case key.Matches(msg, k.Back):
		switch {
		case v != nil && v.pick >= 0:
			v.pick = -1
		case v != nil && v.playing:
			m.stopPlay()
		case m.fromInterview:
			m.stopPlay()
			m.screen, m.view, m.runErr, m.loading, m.fromInterview = screenInterview, nil, "", false, false
			m.runGen++
		case m.fromPredict:
			m.stopPlay()
			m.screen, m.view, m.runErr, m.loading, m.banner, m.fromPredict = screenPredict, nil, "", false, "", false
			m.runGen++
		case m.fromHome:
			m.stopPlay()
			m.screen, m.view, m.runErr, m.loading = screenHome, nil, "", false
			m.runGen++ // a run still going belongs to the screen we left
		}
		return m, nil
	case key.Matches(msg, k.Rerun):
		if !m.loading {
			return m, m.startRun(true)
		}
		return m, nil
	}
	if v == nil || m.runErr != "" {
		return m, nil
	}
	if v.ayg != nil && v.ayg.asking {
		m.stopPlay()
		m.asYouGoKey(msg)
		return m, nil
	}
	old := v.step
	defer func() {
		if v.ayg != nil {
			v.ayg.gate(v, old)
		}
	}()
	if v.pick >= 0 {
		switch {
		case key.Matches(msg, k.Up):
			v.movePick(-1)
		case key.Matches(msg, k.Down):
			v.movePick(1)
		case key.Matches(msg, k.Jump):
			m.stopPlay()
			v.jumpToLine(v.pick)
			v.pick = -1
		case key.Matches(msg, k.PickOutput):
			v.pick = -1
		}
		return m, nil
	}
	moved := true
	switch {
	case key.Matches(msg, k.Next):
		v.next()
	case key.Matches(msg, k.Prev):
		v.prev()
	case key.Matches(msg, k.NextCallback):
		v.nextCallback()
	case key.Matches(msg, k.PrevCallback):
		v.prevCallback()
	case key.Matches(msg, k.NextPhase):
		v.nextPhase()
	case key.Matches(msg, k.PrevPhase):
		v.prevPhase()
	case key.Matches(msg, k.Start):
		v.first()
	case key.Matches(msg, k.End):
		v.last()
	default:
		moved = false
	}
	if moved {
		m.stopPlay()
		return m, nil
	}
	switch {
	case key.Matches(msg, k.Play):
		if v.playing {
			m.stopPlay()
			return m, nil
		}
		if v.atEnd() {
			v.first()
		}
		v.playing = true
		m.playGen++
		return m, m.playTick()
	case key.Matches(msg, k.Faster):
		v.speed = min(v.speed+1, len(speeds)-1)
	case key.Matches(msg, k.Slower):
		v.speed = max(v.speed-1, 0)
	case key.Matches(msg, k.Level):
		v.cycleLevel()
	case key.Matches(msg, k.Lane):
		v.cycleLane()
	case key.Matches(msg, k.PickOutput):
		m.stopPlay()
		v.startPick()
	}
	return m, nil
}

// wheel steps through time in the simulator (or moves the picked output
// line) and scrolls the home screen's list.
func (m *Model) wheel(msg tea.MouseWheelMsg) (tea.Model, tea.Cmd) {
	d := 0
	switch msg.Button {
	case tea.MouseWheelUp:
		d = -1
	case tea.MouseWheelDown:
		d = 1
	default:
		return m, nil
	}
	if m.showHelp {
		return m, nil
	}
	if m.screen == screenHome {
		m.home.move(d)
		return m, nil
	}
	if m.screen == screenPredict {
		if m.pred.mode == modeOrder {
			m.pred.move(d)
		}
		return m, nil
	}
	if m.screen == screenInterview {
		return m, nil
	}
	v := m.view
	if v == nil || m.runErr != "" {
		return m, nil
	}
	if v.pick >= 0 {
		v.movePick(d)
		return m, nil
	}
	m.stopPlay()
	if v.ayg != nil && v.ayg.asking {
		return m, nil
	}
	old := v.step
	if d < 0 {
		v.prev()
	} else {
		v.next()
	}
	if v.ayg != nil {
		v.ayg.gate(v, old)
	}
	return m, nil
}

// click selects and opens on the home screen; in the simulator a click on
// the scrub bar jumps there, a click on a phase of the loop rail jumps to the
// loop's next visit to that phase, and a click on an output line jumps to the
// step that printed it.
func (m *Model) click(msg tea.MouseClickMsg) (tea.Model, tea.Cmd) {
	if msg.Button != tea.MouseLeft || m.showHelp {
		return m, nil
	}
	if m.screen == screenHome {
		l := computeHomeLayout(m.width, m.height)
		body := l.list.inner()
		if !body.contains(msg.X, msg.Y) {
			return m, nil
		}
		if i := m.home.rowAt(msg.Y-body.y, body.h); i >= 0 {
			if i == m.home.cursor {
				return m, m.openSelected()
			}
			m.home.cursor = i
		}
		return m, nil
	}
	v := m.view
	if v == nil || m.runErr != "" {
		return m, nil
	}
	l := computeLayout(m.width, m.height, v.tl.usage)
	switch {
	case l.kind == layoutTooSmall:
	case l.scrub.contains(msg.X, msg.Y):
		m.stopPlay()
		n := scrubStep(msg.X-l.scrub.x, v.tl.trace.Len(), l.scrub.w)
		if !v.tl.visible(v.level, n) {
			n = v.tl.prev(v.level, n)
		}
		old := v.step
		v.goTo(n)
		if v.ayg != nil {
			v.ayg.gate(v, old)
		}
	case l.loop.inner().contains(msg.X, msg.Y) && msg.Y == l.loop.inner().y:
		// The rail: a click on a phase jumps to the loop's next visit to it.
		in := l.loop.inner()
		if p, ok := railPhaseAt(in.w, msg.X-in.x-1); ok {
			m.stopPlay()
			v.jumpToPhase(p)
		}
	case l.output.inner().contains(msg.X, msg.Y):
		body := l.output.inner()
		printed := v.printed()
		i := outputWindow(printed, body.h, v.pick) + msg.Y - body.y
		if i < printed {
			m.stopPlay()
			v.pick = -1
			old := v.step
			v.jumpToLine(i)
			if v.ayg != nil {
				v.ayg.gate(v, old)
			}
		}
	}
	return m, nil
}

// View draws the current screen.
func (m *Model) View() tea.View {
	v := tea.NewView(m.content())
	v.AltScreen = true
	v.MouseMode = tea.MouseModeCellMotion
	v.WindowTitle = "loopviz"
	if m.screen == screenViewer && m.name != "" {
		v.WindowTitle = "loopviz · " + m.name
	}
	return v
}

// content is the screen as text: a pure function of the model's state.
func (m *Model) content() string {
	w, h := m.width, m.height
	if w <= 0 || h <= 0 {
		return ""
	}
	th := m.th
	if m.screen == screenInterview {
		full := ""
		if m.showHelp {
			full = fullHelpView(th, m.ikeys, w)
		}
		return m.iv.draw(th, w, h, shortHelpView(th, m.ikeys, w), full)
	}
	if m.screen == screenPredict {
		var keys help.KeyMap = m.pkeys
		if m.pred.mode == modeVerdict {
			keys = verdictKeys{m.pkeys}
		}
		full := ""
		if m.showHelp {
			full = fullHelpView(th, m.pkeys, w)
		}
		return m.pred.draw(th, w, h, shortHelpView(th, keys, w), full)
	}
	if m.screen == screenHome {
		full := ""
		if m.showHelp {
			full = fullHelpView(th, m.hkeys, w)
		}
		return m.home.draw(th, w, h, shortHelpView(th, m.hkeys, w), full)
	}
	switch {
	case w < minWidth || h < minHeight:
		return tooSmall(th, w, h)
	case m.runErr != "":
		back := "r runs it again · q quits"
		if m.fromHome {
			back = "r runs it again · esc goes back · q quits"
		}
		if m.opts.Watch {
			back += " · saving the file runs it again"
		}
		return messageScreen(th, w, h, "loopviz could not run "+m.name, m.runErr+"\n\n"+back)
	case m.view == nil:
		return messageScreen(th, w, h, "running "+m.name+" …", "")
	}
	full := ""
	if m.showHelp {
		full = fullHelpView(th, m.vkeys, w)
	}
	f := m.view.frame(th, w, h, shortHelpView(th, m.vkeys, w), full)
	f.banner = m.banner
	if m.fromPredict && m.pred != nil && m.pred.judged != nil {
		f.predicted = m.pred.judged.Verdict.Answer
		if f.predicted == nil {
			f.predicted = []string{}
		}
	}
	if m.banner != "" && m.pred != nil && m.pred.judged != nil {
		f.divStep, f.divWhy = m.pred.judged.Divergence.Step, m.pred.judged.Divergence.Why
	}
	return f.draw()
}
