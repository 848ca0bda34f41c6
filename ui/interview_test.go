package ui

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/charmbracelet/x/exp/golden"
	"github.com/loopviz/loopviz/sim"
)

func interviewModel(t *testing.T, w, h int) *testModel {
	qs := []InterviewQuestion{
		{ID: "one", Ask: "Is emit() asynchronous?", Points: []string{"emit is synchronous", "listeners run in order", "an error event with no listener throws"},
			RedFlag: "\"emit queues the event\"", FollowUps: []string{"Why emit on nextTick?"}, Example: "tick-vs-promise", ExampleFile: "/loopviz/tick-vs-promise.js", Lesson: "q-eventemitter"},
		{ID: "two", Ask: "What does the threadpool do?", Points: []string{"four threads", "fs and crypto", "not the network"},
			RedFlag: "\"every call gets a thread\"", FollowUps: []string{"When raise UV_THREADPOOL_SIZE?"}, Lesson: "q-threadpool"},
	}
	run := runCorpus(t, "tick-vs-promise")
	return newTestModel(t, Options{Interview: qs, InterviewBudget: 2 * time.Minute, Run: fixedRun(run), Level: sim.LevelAPI}, w, h)
}

func TestInterviewSession(t *testing.T) {
	tm := interviewModel(t, 100, 30)
	if tm.m.screen != screenInterview {
		t.Fatalf("opens on screen %d", tm.m.screen)
	}
	s := tm.screen()
	for _, want := range []string{"interview practice", "question 1 of 2 · 2:00 left", "Is emit() asynchronous?", "press space"} {
		if !strings.Contains(s, want) {
			t.Errorf("lacks %q:\n%s", want, s)
		}
	}
	if strings.Contains(s, "emit is synchronous") {
		t.Errorf("the strong answer shows before the candidate answered")
	}
	// The clock counts down; past the budget it says so.
	for range 130 {
		tm.send(interviewTickMsg{gen: tm.m.ivGen})
	}
	if s := tm.screen(); !strings.Contains(s, "time's up (0:10 over)") {
		t.Errorf("after 130 s:\n%s", s)
	}
	tm.press("space")
	tm.press("1")
	tm.press("down", "down", "enter")
	s = tm.screen()
	for _, want := range []string{"[x] emit is synchronous", "[ ] listeners run in order", "[x] an error event", "Red flag", "emit queues the event", "Follow-ups", "Why emit on nextTick?", "loopviz learn q-eventemitter"} {
		if !strings.Contains(s, want) {
			t.Errorf("revealed question lacks %q:\n%s", want, s)
		}
	}
	// r runs the example in the simulator; esc comes back to the question.
	cmd := tm.press("r")
	if tm.m.screen != screenViewer || cmd == nil {
		t.Fatalf("r: screen %d", tm.m.screen)
	}
	tm.finishRun(cmd)
	if !strings.Contains(tm.screen(), "Call stack") {
		t.Errorf("the example is not in the simulator:\n%s", tm.screen())
	}
	tm.press("esc")
	if tm.m.screen != screenInterview || tm.m.iv.cur != 0 {
		t.Fatalf("esc: screen %d question %d", tm.m.screen, tm.m.iv.cur)
	}
	tm.press("n", "space", "2", "n")
	if !tm.m.iv.done {
		t.Fatalf("not done after the last question")
	}
	s = tm.screen()
	for _, want := range []string{"You made 3 of 6 points (50%) in 2:10.", "2/3 Is emit() asynchronous?", "missed: listeners run in order", "1/3 What does the threadpool do?", "missed: four threads", "missed: not the network"} {
		if !strings.Contains(s, want) {
			t.Errorf("summary lacks %q:\n%s", want, s)
		}
	}
}

// TestInterviewFrames freezes the question, the strong answer and the
// summary. Rewrite with: go test ./ui -run TestInterviewFrames -update
func TestInterviewFrames(t *testing.T) {
	for _, size := range [][2]int{{100, 30}, {80, 24}} {
		for _, theme := range []ThemeName{ThemeDark, ThemePlain} {
			tm := interviewModel(t, size[0], size[1])
			tm.m.th = newTheme(theme)
			shot := func(what string) {
				t.Run(fmt.Sprintf("%s/%dx%d/%s", what, size[0], size[1], theme), func(t *testing.T) {
					s := tm.screen()
					checkFrameShape(t, s, size[0], size[1])
					golden.RequireEqual(t, s)
				})
			}
			shot("question")
			tm.press("space", "2")
			shot("strong-answer")
			tm.press("n", "n")
			shot("summary")
		}
	}
}

// TestInterviewFromHome: i on the home screen starts a session; its end
// comes back to the home screen.
func TestInterviewFromHome(t *testing.T) {
	qs := []InterviewQuestion{{ID: "one", Ask: "Is emit() asynchronous?", Points: []string{"a", "b", "c"}, RedFlag: "r", FollowUps: []string{"f"}}}
	list := []Scenario{{Name: "tick-order", Topic: "process.nextTick", Title: "demo", Source: []byte("1\n")}}
	tm := newTestModel(t, Options{Scenarios: list, HomeInterview: qs}, 100, 30)
	if !strings.Contains(tm.screen(), "i interview") {
		t.Errorf("the home screen does not offer the interview:\n%s", tm.screen())
	}
	tm.press("i")
	if tm.m.screen != screenInterview || !strings.Contains(tm.screen(), "Is emit() asynchronous?") {
		t.Fatalf("i: screen %d", tm.m.screen)
	}
	tm.press("esc") // ends the session: the summary
	if !tm.m.iv.done || !strings.Contains(tm.screen(), "You made 0 of 3 points") {
		t.Fatalf("esc: %s", tm.screen())
	}
	tm.press("enter")
	if tm.m.screen != screenHome {
		t.Errorf("enter after the summary: screen %d, want home", tm.m.screen)
	}
}
