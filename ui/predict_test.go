package ui

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/exp/golden"
	"github.com/loopviz/loopviz/grade"
	"github.com/loopviz/loopviz/progress"
	"github.com/loopviz/loopviz/scenarios"
	"github.com/loopviz/loopviz/sim"
)

// testPuzzles loads puzzles of the library as the TUI gets them, each
// running as if it lived at /loopviz/ID.js.
func testPuzzles(t *testing.T, ids ...string) []Puzzle {
	t.Helper()
	var out []Puzzle
	for _, id := range ids {
		p, ok := scenarios.FindPuzzle(id)
		if !ok {
			t.Fatalf("no puzzle %s", id)
		}
		out = append(out, Puzzle{ID: p.ID, Title: p.Title, Topic: p.TopicName(), TopicID: p.Topic, Difficulty: p.Difficulty,
			Hints: p.Hints, Explanation: p.Explanation, Lesson: p.Lesson, Racy: p.Racy, File: "/loopviz/" + p.ID + ".js", Source: p.Source,
			Lines: grade.Lines(p.Expect.Outcomes[0].Stdout), State: testState(p.State)})
	}
	return out
}

func testState(qs []scenarios.StateQuestion) []StateQuestion {
	var out []StateQuestion
	for _, q := range qs {
		out = append(out, StateQuestion{After: q.After, Ask: q.Ask})
	}
	return out
}

// testJudge grades against node's recorded outputs and maps a wrong answer
// to the run's divergence step, as loopviz's own judge does.
func testJudge(t *testing.T) JudgeFunc {
	return func(p *Puzzle, answer string) (*Judged, error) {
		sp, _ := scenarios.FindPuzzle(p.ID)
		var accepted []string
		for _, o := range sp.Expect.Outcomes {
			accepted = append(accepted, o.Stdout)
		}
		v := grade.Grade(answer, accepted)
		run := runSource(t, p.File, p.Source)
		d, ok := grade.Diverge(run.Trace, v)
		return &Judged{Verdict: v, Orders: len(accepted), Run: run, Divergence: d, HasDivergence: ok}, nil
	}
}

type recorded struct{ attempts []progress.Attempt }

func (r *recorded) record(a progress.Attempt) error {
	r.attempts = append(r.attempts, a)
	return nil
}

func predictModel(t *testing.T, id string, w, h int, rec *recorded) *testModel {
	t.Helper()
	puzzles := testPuzzles(t, "order-start-end", "order-executor-is-sync", "await-in-nexttick")
	o := Options{Puzzles: puzzles, Puzzle: id, Judge: testJudge(t), Level: sim.LevelAPI,
		Scenarios: []Scenario{{Name: "order-start-end", Kind: KindPuzzle, Topic: "Puzzles · x", Title: "t", Difficulty: 1, Source: puzzles[0].Source}}}
	if rec != nil {
		o.Record = rec.record
	}
	return newTestModel(t, o, w, h)
}

// submitAndWait presses enter and delivers the verdict.
func (tm *testModel) submitAndWait(keys ...string) {
	tm.t.Helper()
	cmd := tm.press(keys...)
	if cmd == nil {
		tm.t.Fatalf("no command from %v", keys)
	}
	msg := cmd()
	if _, ok := msg.(judgedMsg); !ok {
		tm.t.Fatalf("the command did not grade: %T", msg)
	}
	if c := tm.send(msg); c != nil {
		tm.send(c())
	}
}

func typeOrder(tm *testModel, lines ...string) []string {
	// The letters of the lines in the wanted order, as the screen shows them.
	pr := tm.m.pred
	keys := []string{"t"}
	for _, want := range lines {
		for i, l := range pr.p.Lines {
			if l == want {
				keys = append(keys, label(pr.labels[i]))
			}
		}
	}
	return append(keys, "enter")
}

func TestPredictRight(t *testing.T) {
	rec := &recorded{}
	tm := predictModel(t, "order-start-end", 120, 40, rec)
	if tm.m.screen != screenPredict {
		t.Fatalf("opens on screen %d", tm.m.screen)
	}
	s := tm.screen()
	for _, want := range []string{"predict the output", "Start, end, and everything in between", "Program", "Your prediction", "5 lines to order", "console.log('Start');"} {
		if !strings.Contains(s, want) {
			t.Errorf("the prediction screen lacks %q", want)
		}
	}
	for _, hidden := range []string{"Event loop", "Queues", "Call stack", "Threadpool"} {
		if strings.Contains(s, hidden) {
			t.Errorf("the prediction screen shows the loop pane %q", hidden)
		}
	}
	tm.press(typeOrder(tm, "Start", "End", "nextTick", "Promise", "setTimeout")...)
	if got := tm.m.pred.answer(); got != "Start\nEnd\nnextTick\nPromise\nsetTimeout\n" {
		t.Fatalf("typed order gives %q", got)
	}
	tm.submitAndWait("enter")
	s = tm.screen()
	for _, want := range []string{"✓ Right!", "+10 points", "drains the nextTick queue", "enter: step through"} {
		if !strings.Contains(s, want) {
			t.Errorf("the verdict lacks %q:\n%s", want, s)
		}
	}
	if len(rec.attempts) != 1 || !rec.attempts[0].Right || rec.attempts[0].Points != 10 || rec.attempts[0].Topic != "order" {
		t.Errorf("recorded %+v", rec.attempts)
	}
	if !tm.m.prog.Puzzle("order-start-end").Solved {
		t.Errorf("the session's progress does not show the puzzle solved")
	}
	// Enter offers the step-through, from the start; esc comes back.
	tm.press("enter")
	if tm.m.screen != screenViewer || tm.m.view.step != 0 || tm.m.banner != "" {
		t.Fatalf("enter: screen %d step %d banner %q", tm.m.screen, tm.m.view.step, tm.m.banner)
	}
	tm.press("esc")
	if tm.m.screen != screenPredict || tm.m.pred.mode != modeVerdict {
		t.Errorf("esc from the step-through: screen %d", tm.m.screen)
	}
	// n goes on to the next unsolved puzzle.
	tm.press("n")
	if tm.m.pred.p.ID != "order-executor-is-sync" {
		t.Errorf("n opened %s", tm.m.pred.p.ID)
	}
}

func TestPredictWrongThenRight(t *testing.T) {
	rec := &recorded{}
	tm := predictModel(t, "order-start-end", 120, 40, rec)
	// Move lines with the keys instead of typing: put Promise before nextTick.
	tm.press(typeOrder(tm, "Start", "End", "Promise", "nextTick", "setTimeout")...)
	tm.press("h") // a hint: costs 3 points
	if !strings.Contains(tm.screen(), tm.m.pred.p.Hints[0][:20]) {
		t.Errorf("the hint is not shown")
	}
	tm.submitAndWait("enter")
	s := tm.screen()
	for _, want := range []string{"✗ Not quite: line 3", "✓ Start", "✓ End", "✗ Promise", "the loop printed: nextTick", "Where the loop went another way", "run nextTick", "r: try again"} {
		if !strings.Contains(s, want) {
			t.Errorf("the verdict lacks %q:\n%s", want, s)
		}
	}
	// Enter opens the simulator at the divergence step, with its narration.
	tm.press("enter")
	j := tm.m.pred.judged
	if tm.m.screen != screenViewer || tm.m.view.step != j.Divergence.Step {
		t.Fatalf("screen %d at step %d, want the divergence step %d", tm.m.screen, tm.m.view.step, j.Divergence.Step)
	}
	s = tm.screen()
	for _, want := range []string{`line 3: you said "Promise", here the loop prints "nextTick"`, "run nextTick", "The nextTick queue is drained first"} {
		if !strings.Contains(s, want) {
			t.Errorf("the divergence view lacks %q:\n%s", want, s)
		}
	}
	// The output pane marks each line against the prediction as it is printed.
	tm.press("G")
	s = tm.screen()
	for _, want := range []string{"your prediction: 3 ✓ 2 ✗", "Start  ✓", "nextTick  ✗ you: Promise", "Promise  ✗ you: nextTick", "setTimeout  ✓"} {
		if !strings.Contains(s, want) {
			t.Errorf("the output pane lacks %q:\n%s", want, s)
		}
	}
	tm.press("esc")
	// Second attempt: carry nextTick up one line with shift+up, then submit.
	tm.press("r")
	if tm.m.pred.mode != modeOrder {
		t.Fatalf("r: mode %d", tm.m.pred.mode)
	}
	pr := tm.m.pred
	for pr.p.Lines[pr.order[pr.cursor]] != "nextTick" {
		tm.press("down")
	}
	tm.send(tea.KeyPressMsg{Code: tea.KeyUp, Mod: tea.ModShift})
	tm.submitAndWait("enter")
	if !tm.m.pred.solved() {
		t.Fatalf("second attempt not right: %q", tm.m.pred.answer())
	}
	if !strings.Contains(tm.screen(), "+3 points") { // (10 - 3) / 2
		t.Errorf("points:\n%s", tm.screen())
	}
	if len(rec.attempts) != 2 || rec.attempts[0].Right || !rec.attempts[1].Right || rec.attempts[1].Hints != 1 {
		t.Errorf("recorded %+v", rec.attempts)
	}
}

func TestPredictTwoWrongShowsTheAnswer(t *testing.T) {
	tm := predictModel(t, "order-start-end", 120, 40, nil)
	tm.submitAndWait("enter") // the shuffled order is never right
	tm.press("r")
	tm.submitAndWait("enter")
	s := tm.screen()
	if !strings.Contains(s, "The answer:") || !strings.Contains(s, "drains the nextTick queue") || strings.Contains(s, "r: try again") {
		t.Errorf("after two wrong answers:\n%s", s)
	}
	tm.press("r")
	if tm.m.pred.mode != modeVerdict {
		t.Errorf("a third attempt was allowed")
	}
}

func TestPredictOpenAnswer(t *testing.T) {
	tm := predictModel(t, "order-start-end", 120, 40, nil)
	tm.press("e")
	for _, k := range strings.Split("Start\nEnd\nnextTick\nPromise\nsetTimeout", "") {
		if k == "\n" {
			tm.press("enter")
			continue
		}
		tm.press(k)
	}
	if !strings.Contains(tm.screen(), "typing it") {
		t.Errorf("not in the open answer mode:\n%s", tm.screen())
	}
	tm.submitAndWait("ctrl+d")
	if !tm.m.pred.solved() {
		t.Errorf("open answer %q not right", tm.m.pred.open)
	}
}

func TestShuffledNeverRight(t *testing.T) {
	for n := 2; n < 12; n++ {
		for _, id := range []string{"a", "b", "order-start-end", "x"} {
			o := shuffled(id, n)
			inOrder := true
			for i, v := range o {
				if v != i {
					inOrder = false
				}
			}
			if inOrder {
				t.Errorf("shuffled(%q, %d) is in order", id, n)
			}
			if fmt.Sprint(o) != fmt.Sprint(shuffled(id, n)) {
				t.Errorf("shuffled(%q, %d) is not deterministic", id, n)
			}
		}
	}
}

// TestPredictFrames freezes the prediction screen, the verdict screens and
// the divergence view. Rewrite with: go test ./ui -run TestPredictFrames -update
func TestPredictFrames(t *testing.T) {
	for _, size := range [][2]int{{120, 40}, {80, 24}} {
		for _, theme := range []ThemeName{ThemeDark, ThemePlain} {
			name := fmt.Sprintf("%dx%d/%s", size[0], size[1], theme)
			frame := func(t *testing.T, tm *testModel, what string) {
				t.Run(what+"/"+name, func(t *testing.T) {
					s := tm.screen()
					checkFrameShape(t, s, size[0], size[1])
					golden.RequireEqual(t, s)
				})
			}
			mk := func() *testModel {
				tm := predictModel(t, "await-in-nexttick", size[0], size[1], nil)
				tm.m.th = newTheme(theme)
				return tm
			}
			tm := mk()
			frame(t, tm, "prediction")
			tm.press("h", "h")
			frame(t, tm, "prediction-hints")
			tm.submitAndWait("enter")
			frame(t, tm, "verdict-wrong")
			tm.press("enter")
			frame(t, tm, "divergence")

			tm = mk()
			tm.press(typeOrder(tm, "tick start", "tick 2", "promise", "tick after await")...)
			tm.submitAndWait("enter")
			frame(t, tm, "verdict-right")
		}
	}
}

func TestHomeShowsProgress(t *testing.T) {
	puzzles := testPuzzles(t, "order-start-end", "order-executor-is-sync")
	st := &progress.State{Puzzles: map[string]*progress.Puzzle{"order-start-end": {Solved: true, Attempts: 1, Points: 10}}, Topics: map[string]*progress.Topic{"order": {Streak: 1, Best: 1}}}
	var list []Scenario
	for _, p := range puzzles {
		list = append(list, Scenario{Name: p.ID, Kind: KindPuzzle, Topic: "Puzzles · " + p.Topic, Title: p.Title, Difficulty: p.Difficulty, Source: p.Source})
	}
	list = append(list, Scenario{Name: "tick-order", Topic: "process.nextTick", Title: "demo", Source: []byte("1\n")})
	tm := newTestModel(t, Options{Scenarios: list, Puzzles: puzzles, Progress: st, Judge: testJudge(t)}, 120, 30)
	s := tm.screen()
	for _, want := range []string{"1/2 solved · n: next order-executor-is-sync", "Puzzles · Sync, nextTick and microtasks  1/2 solved", "start-end ✓★☆☆"} {
		if !strings.Contains(s, want) {
			t.Errorf("the home screen lacks %q:\n%s", want, s)
		}
	}
	tm.press("n")
	if tm.m.screen != screenPredict || tm.m.pred.p.ID != "order-executor-is-sync" {
		t.Errorf("n: screen %d", tm.m.screen)
	}
	tm.press("esc")
	if tm.m.screen != screenHome {
		t.Errorf("esc from a puzzle: screen %d", tm.m.screen)
	}
	// Enter on a puzzle opens its prediction screen, not the simulator.
	tm.press("enter")
	if tm.m.screen != screenPredict {
		t.Errorf("enter on a puzzle: screen %d", tm.m.screen)
	}
}

// TestPredictAsYouGo: the simulator stops before each printed line and asks
// which comes next; each guess is scored and the step is then shown.
func TestPredictAsYouGo(t *testing.T) {
	puzzles := testPuzzles(t, "order-start-end")
	puzzles[0].State = nil // lines only: TestStateQuestions has the rest
	run := runSource(t, puzzles[0].File, puzzles[0].Source)
	tm := newTestModel(t, Options{Puzzles: puzzles, Puzzle: "order-start-end", Judge: testJudge(t), Run: fixedRun(run), Level: sim.LevelAPI}, 120, 40)
	cmd := tm.press("p")
	if tm.m.screen != screenViewer || cmd == nil {
		t.Fatalf("p: screen %d", tm.m.screen)
	}
	tm.send(cmd())
	v := tm.m.view
	if v == nil || v.ayg == nil {
		t.Fatalf("no as-you-go viewer")
	}
	want := []string{"Start", "End", "nextTick", "Promise", "setTimeout"}
	for n, line := range want {
		for !v.ayg.asking {
			before := v.step
			tm.press("right")
			if v.step == before && !v.ayg.asking {
				t.Fatalf("stuck at step %d before line %d", v.step, n)
			}
		}
		s := tm.screen()
		if !strings.Contains(s, "which line does the program print next?") {
			t.Fatalf("line %d: no question:\n%s", n, s)
		}
		if got := tm.m.view.tl.linesAt(v.step); got != n {
			t.Fatalf("asked before line %d with %d lines printed", n, got)
		}
		// Guess wrong on "nextTick" (pick another line), right otherwise.
		pick := -1
		for i, c := range v.ayg.choices {
			if (c == line) != (line == "nextTick") {
				pick = i
				break
			}
		}
		if pick < 0 { // only one line left: it must be right
			pick = 0
		}
		tm.press(label(pick))
		if v.ayg.asking || tm.m.view.tl.linesAt(v.step) != n+1 {
			t.Fatalf("after the guess: asking %v, %d lines printed", v.ayg.asking, tm.m.view.tl.linesAt(v.step))
		}
		if line == "nextTick" && !strings.Contains(tm.screen(), `the loop prints "nextTick"`) {
			t.Errorf("a wrong guess is not told:\n%s", tm.screen())
		}
	}
	s := tm.screen()
	if v.ayg.right != 4 || v.ayg.wrong != 1 || !strings.Contains(s, "as you go: 4 ✓ 1 ✗") || !strings.Contains(s, "You answered 4 of 5 right") {
		t.Errorf("score %d/%d:\n%s", v.ayg.right, v.ayg.wrong, s)
	}
	tm.press("esc")
	if tm.m.screen != screenPredict {
		t.Errorf("esc: screen %d", tm.m.screen)
	}
}

// TestStateQuestions: predicting as you go, the puzzle's marked steps ask
// about the loop's state, with the panes that would tell hidden.
func TestStateQuestions(t *testing.T) {
	puzzles := testPuzzles(t, "order-start-end")
	if len(puzzles[0].State) != 2 {
		t.Fatalf("order-start-end has %d state questions, want 2", len(puzzles[0].State))
	}
	run := runSource(t, puzzles[0].File, puzzles[0].Source)
	tm := newTestModel(t, Options{Puzzles: puzzles, Puzzle: "order-start-end", Judge: testJudge(t), Run: fixedRun(run), Level: sim.LevelAPI}, 120, 40)
	tm.send(tm.press("p")())
	v := tm.m.view
	var asked []string
	for guard := 0; !v.ayg.done() && guard < 500; guard++ {
		if !v.ayg.asking {
			tm.press("right")
			continue
		}
		a := v.ayg
		s := a.stops[a.next]
		if s.line >= 0 {
			tm.press(label(slices.Index(a.choices, a.lines[s.line])))
			continue
		}
		screen := tm.screen()
		if !strings.Contains(screen, "hidden until you answer") || strings.Contains(screen, "then callback") {
			t.Errorf("the state panes show during a state question:\n%s", screen)
		}
		asked = append(asked, a.ask+" "+a.choices[s.answer])
		pick := s.answer
		if strings.Contains(a.ask, "phase") {
			pick = slices.Index(a.choices, "check") // wrong: the timer runs first
		}
		tm.press(label(pick))
	}
	want := []string{
		"How many callbacks wait in the microtask queue right now? 1",
		"Ticks and microtasks aside, in which phase does the loop run its next callback? timers",
	}
	if !slices.Equal(asked, want) {
		t.Errorf("asked %q, want %q", asked, want)
	}
	if a := v.ayg; a.right != 6 || a.wrong != 1 {
		t.Errorf("score %d ✓ %d ✗, want 6 and 1", a.right, a.wrong)
	}
	if s := tm.screen(); !strings.Contains(s, "You answered 6 of 7 right") || strings.Contains(s, "hidden until") {
		t.Errorf("the end:\n%s", s)
	}
}

func TestWarningShows(t *testing.T) {
	puzzles := testPuzzles(t, "order-start-end")
	list := []Scenario{{Name: "order-start-end", Kind: KindPuzzle, Topic: "Puzzles · x", Title: "t", Difficulty: 1, Source: puzzles[0].Source}}
	tm := newTestModel(t, Options{Scenarios: list, Puzzles: puzzles, Judge: testJudge(t), Warning: "your progress file was damaged"}, 120, 30)
	if !strings.Contains(tm.screen(), "warning: your progress file was damaged") {
		t.Errorf("the home screen hides the warning:\n%s", tm.screen())
	}
	tm.press("enter")
	if !strings.Contains(tm.screen(), "warning: your progress file was damaged") {
		t.Errorf("the prediction screen hides the warning:\n%s", tm.screen())
	}
}

// TestAsYouGoFrames freezes predicting as you go: a line question and a
// state question with its panes hidden. Rewrite with -update.
func TestAsYouGoFrames(t *testing.T) {
	puzzles := testPuzzles(t, "order-start-end")
	run := runSource(t, puzzles[0].File, puzzles[0].Source)
	for _, size := range [][2]int{{120, 40}, {80, 24}} {
		tm := newTestModel(t, Options{Puzzles: puzzles, Puzzle: "order-start-end", Judge: testJudge(t), Run: fixedRun(run), Level: sim.LevelAPI}, size[0], size[1])
		tm.send(tm.press("p")())
		v := tm.m.view
		shot := func(what string) {
			t.Run(fmt.Sprintf("%s/%dx%d", what, size[0], size[1]), func(t *testing.T) {
				s := tm.screen()
				checkFrameShape(t, s, size[0], size[1])
				golden.RequireEqual(t, s)
			})
		}
		for !v.ayg.asking {
			tm.press("right")
		}
		shot("line-question")
		// Answer the lines right until the first state question.
		for guard := 0; guard < 50; guard++ {
			a := v.ayg
			if a.asking && a.stops[a.next].line < 0 {
				break
			}
			if !a.asking {
				tm.press("right")
				continue
			}
			tm.press(label(slices.Index(a.choices, a.lines[a.stops[a.next].line])))
		}
		shot("state-question")
	}
}

func TestExitNote(t *testing.T) {
	cases := []struct{ src, want string }{
		{"console.log('a');\n", ""},
		{"console.log('a');\nprocess.exitCode = 3;\n", "Then the program exits with code 3."},
		{"console.log('a');\nnull.x;\n", "Then the program writes an error to stderr and exits with code 1."},
		{"console.error('b');\n", "It also writes to stderr (not part of the answer)."},
	}
	for _, c := range cases {
		if got := exitNote(runSource(t, "/loopviz/x.js", []byte(c.src))); got != c.want {
			t.Errorf("%q: %q, want %q", c.src, got, c.want)
		}
	}
	if exitNote(nil) != "" {
		t.Errorf("no run: a note")
	}
}

// TestHintsNeverHideCode: at 80x24 with every hint revealed, every puzzle
// still shows all of its code, and the hints are on screen.
func TestHintsNeverHideCode(t *testing.T) {
	var ids []string
	for _, p := range scenarios.Puzzles() {
		ids = append(ids, p.ID)
	}
	puzzles := testPuzzles(t, ids...)
	for _, p := range puzzles {
		tm := newTestModel(t, Options{Puzzles: puzzles, Puzzle: p.ID, Judge: testJudge(t)}, 80, 24)
		tm.press("h", "h", "h")
		s := tm.screen()
		n := strings.Count(strings.TrimSuffix(string(p.Source), "\n"), "\n") + 1
		if !strings.Contains(s, fmt.Sprintf("%2d│", n)) || !strings.Contains(s, "Hints") {
			t.Errorf("%s: the last line (%d) or the hints are not on screen:\n%s", p.ID, n, s)
		}
	}
}
