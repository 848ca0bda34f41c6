package ui

import (
	"errors"
	"image/color"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
	"github.com/loopviz/loopviz/sim"
)

// keyMsg makes the key press a terminal sends for a key name as bindings
// spell it ("right", "tab", "shift+tab", "space", "G", "]").
func keyMsg(k string) tea.KeyPressMsg {
	switch k {
	case "right":
		return tea.KeyPressMsg{Code: tea.KeyRight}
	case "left":
		return tea.KeyPressMsg{Code: tea.KeyLeft}
	case "up":
		return tea.KeyPressMsg{Code: tea.KeyUp}
	case "down":
		return tea.KeyPressMsg{Code: tea.KeyDown}
	case "tab":
		return tea.KeyPressMsg{Code: tea.KeyTab}
	case "shift+tab":
		return tea.KeyPressMsg{Code: tea.KeyTab, Mod: tea.ModShift}
	case "enter":
		return tea.KeyPressMsg{Code: tea.KeyEnter}
	case "esc":
		return tea.KeyPressMsg{Code: tea.KeyEscape}
	case "space":
		return tea.KeyPressMsg{Code: tea.KeySpace, Text: " "}
	case "ctrl+c":
		return tea.KeyPressMsg{Code: 'c', Mod: tea.ModCtrl}
	case "ctrl+n":
		return tea.KeyPressMsg{Code: 'n', Mod: tea.ModCtrl}
	case "backspace":
		return tea.KeyPressMsg{Code: tea.KeyBackspace}
	}
	r := []rune(k)[0]
	return tea.KeyPressMsg{Code: r, Text: k}
}

// fixedRun is a RunFunc that always returns run.
func fixedRun(run *Run) RunFunc { return func(string) (*Run, error) { return run, nil } }

// testModel is a model on a run at a size, its first run done, driven
// synchronously: each press goes through Update, and commands that would
// run a file are run at once.
type testModel struct {
	t *testing.T
	m *Model
}

func newTestModel(t *testing.T, o Options, w, h int) *testModel {
	t.Helper()
	if !o.ThemeSet {
		o.Theme, o.ThemeSet = ThemePlain, true
	}
	tm := &testModel{t: t, m: New(o)}
	tm.send(tea.WindowSizeMsg{Width: w, Height: h})
	if tm.m.screen == screenViewer {
		tm.finishRun(tm.m.startRun(false))
	}
	return tm
}

func (tm *testModel) send(msg tea.Msg) tea.Cmd {
	_, cmd := tm.m.Update(msg)
	return cmd
}

// finishRun runs a command that runs the file and delivers its result.
func (tm *testModel) finishRun(cmd tea.Cmd) {
	tm.t.Helper()
	msg := cmd()
	if _, ok := msg.(runDoneMsg); !ok {
		tm.t.Fatalf("the command did not run the file: %T", msg)
	}
	tm.send(msg)
}

func (tm *testModel) press(keys ...string) tea.Cmd {
	var cmd tea.Cmd
	for _, k := range keys {
		cmd = tm.send(keyMsg(k))
	}
	return cmd
}

func (tm *testModel) screen() string { return tm.m.content() }
func (tm *testModel) step() int      { return tm.m.view.step }

func viewerOn(t *testing.T, run *Run, w, h int) *testModel {
	return newTestModel(t, Options{File: run.File, Run: fixedRun(run), Level: sim.LevelAPI}, w, h)
}

// TestSteppingBackShowsTheSameScreens walks forward through a run at each
// level, then back: every screen on the way back must be byte for byte the
// one shown on the way forward.
func TestSteppingBackShowsTheSameScreens(t *testing.T) {
	run := runCorpus(t, "await-async1-async2")
	for _, level := range []string{"loop", "api", "statement"} {
		tm := viewerOn(t, run, 120, 40)
		for tm.m.view.level.String() != level {
			tm.press("v")
		}
		var screens []string
		var steps []int
		for {
			screens = append(screens, tm.screen())
			steps = append(steps, tm.step())
			before := tm.step()
			tm.press("right")
			if tm.step() == before {
				break
			}
		}
		for i := len(screens) - 1; i >= 0; i-- {
			if tm.step() != steps[i] {
				t.Fatalf("%s: back at step %d, want %d", level, tm.step(), steps[i])
			}
			if got := tm.screen(); got != screens[i] {
				t.Fatalf("%s: step %d looks different on the way back:\n%s\n---- forward ----\n%s", level, steps[i], got, screens[i])
			}
			tm.press("left")
		}
	}
}

func TestMovementKeys(t *testing.T) {
	run := runCorpus(t, "await-async1-async2")
	tm := viewerOn(t, run, 120, 40)
	tr := run.Trace
	if tm.step() != 0 {
		t.Fatalf("opens at step %d, want 0", tm.step())
	}
	tm.press("]")
	if s := tr.Step(tm.step()); s.Kind != sim.KindCallbackStart {
		t.Errorf("] went to a %s step, want callback-start", s.Kind)
	}
	cb := tm.step()
	tm.press("]", "[")
	if tm.step() != cb {
		t.Errorf("] [ went to %d, want back at %d", tm.step(), cb)
	}
	tm.press("tab")
	if s := tr.Step(tm.step()); s.Kind != sim.KindPhase && s.Kind != sim.KindDrain && s.Phase == tr.Step(cb).Phase {
		t.Errorf("tab went to a %s step in the same phase", s.Kind)
	}
	tm.press("G")
	if tm.step() != tr.Len()-1 {
		t.Errorf("G went to %d, want the last step %d", tm.step(), tr.Len()-1)
	}
	tm.press("g")
	if tm.step() != 0 {
		t.Errorf("g went to %d, want 0", tm.step())
	}
	tm.press("l", "l", "h")
	if tm.step() == 0 {
		t.Errorf("l l h stayed at 0")
	}
	for _, want := range []string{"statement", "loop", "api"} {
		tm.press("v")
		if got := tm.m.view.level.String(); got != want {
			t.Errorf("v: level %s, want %s", got, want)
		}
	}
}

func TestPickOutputLineJumpsToItsStep(t *testing.T) {
	run := runCorpus(t, "await-async1-async2")
	tm := viewerOn(t, run, 120, 40)
	tm.press("G", "o")
	if tm.m.view.pick < 0 || !strings.Contains(tm.screen(), "pick one") {
		t.Fatalf("o did not start picking")
	}
	tm.press("up", "up", "enter") // the third line from the end
	lines := newTimeline(run).lines
	want := int(run.Trace.Output[lines[len(lines)-3].output].Step)
	if tm.step() != want {
		t.Errorf("enter went to step %d, want %d (the step that printed %q)", tm.step(), want, lines[len(lines)-3].text)
	}
	if tm.m.view.pick != -1 {
		t.Errorf("still picking after enter")
	}
	tm.press("o", "esc")
	if tm.m.view.pick != -1 {
		t.Errorf("esc did not stop picking")
	}
}

func TestMouse(t *testing.T) {
	run := runCorpus(t, "await-async1-async2")
	tm := viewerOn(t, run, 120, 40)
	tm.send(tea.MouseWheelMsg{Button: tea.MouseWheelDown})
	tm.send(tea.MouseWheelMsg{Button: tea.MouseWheelDown})
	if tm.step() == 0 {
		t.Errorf("the wheel did not step")
	}
	l := computeLayout(120, 40, tm.m.view.tl.usage)
	tm.send(tea.MouseClickMsg{Button: tea.MouseLeft, X: l.scrub.w - 1, Y: l.scrub.y})
	if tm.step() != run.Trace.Len()-1 {
		t.Errorf("a click at the end of the scrub bar went to %d, want %d", tm.step(), run.Trace.Len()-1)
	}
	body := l.output.inner()
	tm.send(tea.MouseClickMsg{Button: tea.MouseLeft, X: body.x + 2, Y: body.y})
	printed := tm.m.view.tl.linesAt(run.Trace.Len() - 1)
	first := outputWindow(printed, body.h, -1)
	want := int(run.Trace.Output[tm.m.view.tl.lines[first].output].Step)
	if tm.step() != want {
		t.Errorf("a click on the first output line went to %d, want %d", tm.step(), want)
	}
}

func TestAutoplay(t *testing.T) {
	run := runCorpus(t, "tick-vs-promise")
	tm := viewerOn(t, run, 120, 40)
	cmd := tm.press("space")
	if !tm.m.view.playing || cmd == nil {
		t.Fatalf("space did not start autoplay")
	}
	if !strings.Contains(tm.screen(), "playing 4/s") {
		t.Errorf("the header does not say it plays")
	}
	tm.press("+")
	gen := tm.m.playGen
	tm.send(playTickMsg{gen})
	if tm.step() == 0 {
		t.Errorf("a tick did not step")
	}
	at := tm.step()
	tm.send(playTickMsg{gen - 1}) // a tick of an autoplay already stopped
	if tm.step() != at {
		t.Errorf("a stale tick stepped")
	}
	tm.press("space")
	if tm.m.view.playing {
		t.Errorf("space did not stop autoplay")
	}
	for i := 0; i < run.Trace.Len() && tm.m.view.playing; i++ {
		tm.send(playTickMsg{tm.m.playGen})
	}
}

func TestRerunKeepsPlaceAndWatchReruns(t *testing.T) {
	dir := t.TempDir()
	file := filepath.Join(dir, "p.js")
	write := func(src string) {
		if err := os.WriteFile(file, []byte(src), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("setTimeout(() => console.log('a'), 1);\nconsole.log('b');\n")
	runs := 0
	runFile := func(path string) (*Run, error) {
		runs++
		src, err := os.ReadFile(path)
		if err != nil {
			return nil, err
		}
		return runSource(t, path, src), nil
	}
	tm := newTestModel(t, Options{File: file, Run: runFile, Level: sim.LevelAPI, Watch: true}, 120, 40)
	tm.press("right", "right", "right")
	pos, _ := tm.m.view.tl.countAt(sim.LevelAPI, tm.step())
	write("setTimeout(() => console.log('a'), 1);\nconsole.log('b');\nconsole.log('c');\n")
	tm.finishRun(tm.press("r"))
	if runs != 2 {
		t.Fatalf("r ran the file %d times in all, want 2", runs)
	}
	if got, _ := tm.m.view.tl.countAt(sim.LevelAPI, tm.step()); got != pos {
		t.Errorf("after r the viewer is at position %d of its level, want %d", got, pos)
	}
	if !strings.Contains(string(tm.m.view.run.Sources[file]), "'c'") {
		t.Errorf("r did not pick up the new text")
	}
	// Watch mode: a tick stats the file; a changed stamp runs it again.
	st := stat(file)
	if cmd := tm.send(statMsg{file: file, stamp: st, ok: true}); cmd != nil {
		t.Errorf("an unchanged file ran again")
	}
	changed := st
	changed.mod = st.mod.Add(time.Second)
	cmd := tm.send(statMsg{file: file, stamp: changed, ok: true})
	if cmd == nil {
		t.Fatal("a changed file did not run again")
	}
	tm.finishRun(cmd)
	if runs != 3 {
		t.Errorf("the file ran %d times in all, want 3", runs)
	}
}

func TestRunErrorIsAScreenNotACrash(t *testing.T) {
	failing := func(string) (*Run, error) { return nil, errors.New("no such file: gone.js") }
	tm := newTestModel(t, Options{File: "/x/gone.js", Run: failing}, 80, 24)
	s := tm.screen()
	if !strings.Contains(s, "could not run gone.js") || !strings.Contains(s, "no such file: gone.js") {
		t.Errorf("the error screen does not say what went wrong:\n%s", s)
	}
	tm.press("right", "G", "o", "enter", "space") // nothing to move: no panic
	panicking := func(string) (*Run, error) { panic("boom") }
	tm = newTestModel(t, Options{File: "/x/p.js", Run: panicking}, 80, 24)
	if s := tm.screen(); !strings.Contains(s, "internal error") {
		t.Errorf("a panicking run does not show an internal error:\n%s", s)
	}
}

func TestProgramErrorsShowTheirLine(t *testing.T) {
	for _, tc := range []struct{ name, want string }{
		{"uncaught-syntax-error", "SyntaxError: Unexpected number at line 4"},
		{"uncaught-timer", "RangeError: timer failed at line 4"},
	} {
		run := runCorpus(t, tc.name)
		tm := viewerOn(t, run, 120, 40)
		tm.press("G")
		if s := tm.screen(); !strings.Contains(s, tc.want) || !strings.Contains(s, "✗  4│") {
			t.Errorf("%s: the last screen does not show %q and the line marked:\n%s", tc.name, tc.want, s)
		}
	}
	run := runSource(t, "/loopviz/spin.js", []byte("let i = 0;\nwhile (true) { i++; }\n"))
	tm := viewerOn(t, run, 80, 24)
	tm.press("G")
	if s := tm.screen(); !strings.Contains(s, "stopped (runaway) at line 2") {
		t.Errorf("a runaway stop is not shown with its line:\n%s", s)
	}
}

func TestHelpResizeAndTheme(t *testing.T) {
	run := runCorpus(t, "tick-vs-promise")
	tm := viewerOn(t, run, 120, 40)
	tm.press("?")
	if s := tm.screen(); !strings.Contains(s, "next callback") || !strings.Contains(s, "Marks in the source gutter") {
		t.Errorf("? does not show the full help:\n%s", s)
	}
	tm.press("esc")
	if tm.m.showHelp {
		t.Errorf("esc did not close the help")
	}
	tm.send(tea.WindowSizeMsg{Width: 70, Height: 20})
	if s := tm.screen(); !strings.Contains(s, "terminal too small (need 80x24)") {
		t.Errorf("70x20 is not the too-small screen:\n%s", s)
	}
	tm.send(tea.WindowSizeMsg{Width: 80, Height: 24})
	checkFrameShape(t, tm.screen(), 80, 24)

	m := New(Options{File: run.File, Run: fixedRun(run)})
	m.Update(tea.BackgroundColorMsg{Color: color.White})
	if m.th.name != ThemeLight {
		t.Errorf("a white background gave the %s theme", m.th.name)
	}
	m.Update(tea.BackgroundColorMsg{Color: color.Black})
	if m.th.name != ThemeDark {
		t.Errorf("a black background gave the %s theme", m.th.name)
	}
	if cmd := tm.press("q"); cmd == nil {
		t.Errorf("q does not quit")
	}
}

func TestHomeOpensAScenarioAndEscGoesBack(t *testing.T) {
	run := runCorpus(t, "tick-vs-promise")
	items := []Scenario{
		{Name: "tick-a", Topic: "process.nextTick", Title: "first", Source: []byte("// first\n"), File: "/x/tick-a.js"},
		{Name: "tick-vs-promise", Topic: "process.nextTick", Title: "second", Source: []byte("// second\nconsole.log(1)\n"), File: run.File},
		{Name: "timers-b", Topic: "Timers", Title: "third", Source: []byte("// third\n"), File: "/x/timers-b.js"},
	}
	var opened string
	runFile := func(f string) (*Run, error) { opened = f; return run, nil }
	tm := newTestModel(t, Options{Scenarios: items, Run: runFile}, 100, 30)
	s := tm.screen()
	for _, want := range []string{"process.nextTick", "Timers", "vs-promise", "first"} {
		if !strings.Contains(s, want) {
			t.Errorf("the home screen lacks %q:\n%s", want, s)
		}
	}
	checkFrameShape(t, s, 100, 30)
	tm.press("tab")
	if tm.m.home.cursor != 2 {
		t.Errorf("tab selected item %d, want 2 (the next topic)", tm.m.home.cursor)
	}
	tm.press("shift+tab", "down")
	if tm.m.home.cursor != 1 {
		t.Fatalf("selected item %d, want 1", tm.m.home.cursor)
	}
	if !strings.Contains(tm.screen(), "console.log(1)") {
		t.Errorf("the preview does not show the selected program")
	}
	tm.finishRun(tm.press("enter"))
	if opened != run.File || tm.m.view == nil {
		t.Fatalf("enter opened %q", opened)
	}
	tm.press("esc")
	if tm.m.screen != screenHome {
		t.Errorf("esc did not go back home")
	}
}

// TestRailClick: a click on a phase of the loop rail goes to the loop's next
// visit to that phase, at every size the rail is drawn at; the click is
// matched against the rail as drawn.
func TestRailClick(t *testing.T) {
	run := runCorpus(t, "immediate-chain")
	for _, size := range [][2]int{{120, 40}, {80, 24}} {
		tm := viewerOn(t, run, size[0], size[1])
		l := computeLayout(size[0], size[1], tm.m.view.tl.usage)
		in := l.loop.inner()
		lines := strings.Split(ansi.Strip(tm.screen()), "\n")
		railLine := []rune(lines[in.y])
		word := []rune("check")
		x := -1
		for i := in.x; i+len(word) <= len(railLine); i++ {
			if string(railLine[i:i+len(word)]) == string(word) {
				x = i
				break
			}
		}
		if x < 0 {
			t.Fatalf("%dx%d: no 'check' on the rail line %q", size[0], size[1], string(railLine))
		}
		var visits []int
		for i := 0; i < 3; i++ {
			tm.send(tea.MouseClickMsg{Button: tea.MouseLeft, X: x + 2, Y: in.y})
			s := run.Trace.Step(tm.step())
			if s.Phase != sim.PhaseCheck || s.Kind != sim.KindPhase {
				t.Fatalf("%dx%d: click %d on 'check' went to step %d (%s in %s)", size[0], size[1], i, tm.step(), s.Kind, s.Phase)
			}
			visits = append(visits, tm.step())
		}
		if visits[1] <= visits[0] {
			t.Errorf("%dx%d: the second click did not go to a later check phase: %v", size[0], size[1], visits)
		}
		tm.send(tea.MouseClickMsg{Button: tea.MouseLeft, X: x - 3, Y: in.y + 1})
		if tm.step() != visits[2] {
			t.Errorf("%dx%d: a click below the rail moved to step %d", size[0], size[1], tm.step())
		}
	}
}

// TestPoolSizeFromTheProgram: a program that sets UV_THREADPOOL_SIZE itself
// gets a threadpool pane of that size, not the default's.
func TestPoolSizeFromTheProgram(t *testing.T) {
	run := runCorpus(t, "io-pbkdf2-pool-of-8")
	if got := run.poolSize(); got != 8 {
		t.Fatalf("poolSize() = %d, want 8", got)
	}
	tm := viewerOn(t, run, 120, 40)
	tm.press("G")
	if s := ansi.Strip(tm.screen()); !strings.Contains(s, "/8 busy") {
		t.Errorf("the threadpool pane does not say it has eight slots:\n%s", s)
	}
}

// TestHomeSearch: '/' and a few letters select the first program whose name,
// title or topic has them; ctrl+n goes to the next match, esc gives up,
// enter opens the match.
func TestHomeSearch(t *testing.T) {
	run := runCorpus(t, "tick-vs-promise")
	items := []Scenario{
		{Name: "tick-a", Topic: "process.nextTick", Title: "first", Source: []byte("// first\n"), File: "/x/tick-a.js"},
		{Name: "tick-vs-promise", Topic: "process.nextTick", Title: "a promise reaction", Source: []byte("// second\n"), File: run.File},
		{Name: "timers-b", Topic: "Timers", Title: "third", Source: []byte("// third\n"), File: "/x/timers-b.js"},
		{Name: "timers-c", Topic: "Timers", Title: "the promise of a timer", Source: []byte("// fourth\n"), File: "/x/timers-c.js"},
	}
	var opened string
	runFile := func(f string) (*Run, error) { opened = f; return run, nil }
	tm := newTestModel(t, Options{Scenarios: items, Run: runFile}, 100, 30)
	tm.press("/", "T", "i", "m")
	if !tm.m.home.searching || tm.m.home.cursor != 2 {
		t.Fatalf("after /Tim: searching %v, cursor %d, want 2 (the first in Timers)", tm.m.home.searching, tm.m.home.cursor)
	}
	if s := ansi.Strip(tm.screen()); !strings.Contains(s, "/Tim") || !strings.Contains(s, "2 matches") {
		t.Errorf("the help line does not show the query and its matches:\n%s", s)
	}
	tm.press("backspace", "backspace", "backspace", "p", "r", "o", "m")
	if tm.m.home.cursor != 1 {
		t.Errorf("/prom selected %d, want 1", tm.m.home.cursor)
	}
	tm.press("ctrl+n")
	if tm.m.home.cursor != 3 {
		t.Errorf("ctrl+n went to %d, want 3 (the next match)", tm.m.home.cursor)
	}
	tm.press("x", "y", "z")
	if s := ansi.Strip(tm.screen()); !strings.Contains(s, "no program matches") || tm.m.home.cursor != 3 {
		t.Errorf("a query without matches: cursor %d\n%s", tm.m.home.cursor, s)
	}
	tm.press("esc")
	if tm.m.home.searching || tm.m.screen != screenHome {
		t.Fatalf("esc did not end the search on the home screen")
	}
	tm.press("/", "v", "s")
	tm.finishRun(tm.press("enter"))
	if opened != run.File || tm.m.view == nil {
		t.Fatalf("enter after /vs opened %q", opened)
	}
}
