package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/loopviz/loopviz/grade"
	"github.com/loopviz/loopviz/interview"
	"github.com/loopviz/loopviz/lessons"
	"github.com/loopviz/loopviz/progress"
	"github.com/loopviz/loopviz/runtime"
	"github.com/loopviz/loopviz/scenarios"
)

func TestList(t *testing.T) {
	out, errOut, code := runCLI("list")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if want := len(scenarios.Builtin()) + 1; len(lines) != want {
		t.Errorf("%d lines, want %d (a heading and one per scenario)", len(lines), want)
	}
	for _, want := range []string{"ID", "KIND", "TOPIC", "order-start-end", "puzzle", "★", "Sync, nextTick and microtasks", "tick-args", "demo"} {
		if !strings.Contains(out, want) {
			t.Errorf("the list does not show %q", want)
		}
	}

	out, errOut, code = runCLI("list", "--json")
	if code != 0 {
		t.Fatalf("--json: exit %d: %s", code, errOut)
	}
	var list []listEntry
	if err := json.Unmarshal([]byte(out), &list); err != nil {
		t.Fatalf("--json is not JSON: %v", err)
	}
	kinds := map[string]int{}
	for _, e := range list {
		kinds[e.Kind]++
		if e.ID == "" || e.Title == "" || e.Topic == "" {
			t.Errorf("incomplete entry %+v", e)
		}
		if (e.Kind == "puzzle") != (e.Difficulty >= 1 && e.Difficulty <= 3) {
			t.Errorf("%s: kind %s with difficulty %d", e.ID, e.Kind, e.Difficulty)
		}
	}
	if kinds["puzzle"] < 50 || kinds["demo"] < 70 || len(kinds) != 2 {
		t.Errorf("kinds %v, want at least 50 puzzles and 70 demos", kinds)
	}

	if _, errOut, code := runCLI("list", "extra"); code != 2 || !strings.Contains(errOut, "unexpected argument") {
		t.Errorf("list extra: exit %d, %q", code, errOut)
	}
}

func TestCheck(t *testing.T) {
	dir := t.TempDir()
	answer := func(text string) string {
		t.Helper()
		return writeFile(t, "answer.txt", text)
	}
	file := writeFile(t, "mine.js", "setTimeout(() => console.log('c'), 0);\nprocess.nextTick(() => console.log('b'));\nconsole.log('a');\n")
	cases := []struct {
		name   string
		args   []string
		code   int
		stdout []string
		stderr string
	}{
		{"right", []string{"check", "order-start-end", "--answer", answer("Start\nEnd\nnextTick\nPromise\nsetTimeout\n")}, 0,
			[]string{"right: that is what order-start-end prints", "drains the nextTick queue", "+10 points"}, ""},
		{"right with CRLF and no final newline", []string{"check", "order-start-end", "--answer", answer("Start\r\nEnd\r\nnextTick\r\nPromise\r\nsetTimeout")}, 0,
			[]string{"right"}, ""},
		{"wrong line", []string{"check", "order-start-end", "--answer", answer("Start\nEnd\nPromise\nnextTick\nsetTimeout\n")}, 1,
			[]string{"wrong: line 3 differs", "you wrote:        Promise", "the loop printed: nextTick", "what the loop did instead, at step", "run nextTick", "why: The nextTick queue is drained first", "loopviz puzzle order-start-end"}, ""},
		{"missing line", []string{"check", "order-start-end", "--answer", answer("Start\nEnd\nnextTick\nPromise\n")}, 1,
			[]string{"stops after line 4", "the loop printed: setTimeout", "run setTimeout"}, ""},
		{"extra line", []string{"check", "order-start-end", "--answer", answer("Start\nEnd\nnextTick\nPromise\nsetTimeout\nmore\n")}, 1,
			[]string{`line 6 of your answer, "more", is never printed`, "beforeExit"}, ""},
		{"empty answer", []string{"check", "order-start-end", "--answer", answer("")}, 1,
			[]string{"your answer is empty", "the loop printed: Start"}, ""},
		{"racy: one order", []string{"check", "timers-race-main", "--answer", answer("timeout\nimmediate\n")}, 0,
			[]string{"right", "one of 2 orders the loop allows"}, ""},
		{"racy: the other order", []string{"check", "timers-race-main", "--answer", answer("immediate\ntimeout\n")}, 0,
			[]string{"right", "one of 2 orders"}, ""},
		{"racy: wrong", []string{"check", "timers-race-main", "--answer", answer("immediate\n")}, 1,
			[]string{"stops after line 1", "the loop printed: timeout"}, ""},
		{"a demo", []string{"check", "tick-vs-promise", "--answer", answer("nope\n")}, 1, []string{"wrong: line 1 differs"}, ""},
		{"a file", []string{"check", file, "--answer", answer("a\nb\nc\n")}, 0, []string{"right: that is what mine.js prints"}, ""},
		{"a file, wrong", []string{"check", file, "--answer", answer("a\nc\nb\n")}, 1, []string{"line 2 differs", "loopviz render " + file + " --step"}, ""},
		{"answer from stdin is read", []string{"check", "--answer", filepath.Join(dir, "missing.txt"), "order-start-end"}, 2, nil, "cannot read the answer"},
		{"unknown id", []string{"check", "no-such-thing", "--answer", answer("x")}, 2, nil, `no such puzzle "no-such-thing" (try: loopviz list)`},
		{"missing file", []string{"check", "nope/x.js", "--answer", answer("x")}, 2, nil, "no such file: nope/x.js"},
		{"no answer", []string{"check", "order-start-end"}, 2, nil, "no answer given"},
		{"no id", []string{"check", "--answer", answer("x")}, 2, nil, "which puzzle?"},
		{"two ids", []string{"check", "a", "b", "--answer", answer("x")}, 2, nil, "one puzzle at a time"},
		{"bad hints", []string{"check", "order-start-end", "--hints", "9", "--answer", answer("x")}, 2, nil, "--hints must be"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			state := t.TempDir()
			out, errOut, code := runCLI(append(c.args, "--state-dir", state)...)
			if code != c.code {
				t.Fatalf("exit %d, want %d\nstdout:\n%s\nstderr:\n%s", code, c.code, out, errOut)
			}
			for _, w := range c.stdout {
				if !strings.Contains(out, w) {
					t.Errorf("stdout lacks %q:\n%s", w, out)
				}
			}
			if !strings.Contains(errOut, c.stderr) {
				t.Errorf("stderr lacks %q:\n%s", c.stderr, errOut)
			}
		})
	}
}

// TestCheckKeepsProgress: check records attempts and points, and a damaged
// progress file is a warning, never a failure.
func TestCheckKeepsProgress(t *testing.T) {
	state := t.TempDir()
	wrong := writeFile(t, "wrong.txt", "End\n")
	right := writeFile(t, "right.txt", "Start\nEnd\nnextTick\nPromise\nsetTimeout\n")
	runCLI("check", "order-start-end", "--answer", wrong, "--state-dir", state)
	out, _, code := runCLI("check", "order-start-end", "--answer", right, "--hints", "1", "--state-dir", state)
	if code != 0 || !strings.Contains(out, "+3 points") { // (10 - 3) / 2 on the second attempt
		t.Errorf("exit %d:\n%s", code, out)
	}
	s, warn := progress.Open(state)
	if warn != nil {
		t.Fatal(warn)
	}
	if p := s.Puzzle("order-start-end"); !p.Solved || p.Attempts != 2 || p.Hints != 1 || p.Points != 3 {
		t.Errorf("progress %+v", p)
	}
	os.WriteFile(filepath.Join(state, progress.FileName), []byte("{broken"), 0o644)
	out, errOut, code := runCLI("check", "order-start-end", "--answer", right, "--state-dir", state)
	if code != 0 || !strings.Contains(errOut, "warning: your progress file was damaged") {
		t.Errorf("damaged state: exit %d\nstdout:\n%s\nstderr:\n%s", code, out, errOut)
	}
}

func TestPuzzleCommandBadInput(t *testing.T) {
	state := t.TempDir()
	cases := []struct {
		args []string
		want string
	}{
		{[]string{"puzzle", "no-such-puzzle", "--state-dir", state}, `no such puzzle "no-such-puzzle" (try: loopviz list)`},
		{[]string{"puzzle", "a", "b", "--state-dir", state}, "one puzzle at a time"},
		{[]string{"puzzle", "order-start-end", "--state-dir", state}, "needs a terminal (to grade an answer in a script: loopviz check order-start-end --answer FILE)"},
		{[]string{"puzzle", "--state-dir", state}, "loopviz check order-executor-is-sync"}, // the next unsolved one
		{[]string{"puzzle", "--theme", "pink", "--state-dir", state}, `unknown theme "pink"`},
	}
	for _, c := range cases {
		_, errOut, code := runCLI(c.args...)
		if code != 2 || !strings.Contains(errOut, c.want) {
			t.Errorf("%v: exit %d, stderr %q; want 2 and %q", c.args, code, errOut, c.want)
		}
	}
}

// TestPuzzleLessonsExist: every puzzle points to a lesson of the course.
func TestPuzzleLessonsExist(t *testing.T) {
	for _, p := range scenarios.Puzzles() {
		if lessons.Index(p.Lesson) < 0 {
			t.Errorf("%s: related lesson %q is not in the course (%s)", p.ID, p.Lesson, strings.Join(lessons.IDs(), ", "))
		}
	}
}

func TestInterviewCommand(t *testing.T) {
	cases := []struct {
		args []string
		want string
	}{
		{[]string{"interview", "--questions", "99"}, "--questions must be between 0 and 13"},
		{[]string{"interview", "--minutes", "0"}, "--minutes must be between 1 and 60"},
		{[]string{"interview", "extra"}, `unexpected argument "extra"`},
		{[]string{"interview"}, "the session needs a terminal"},
	}
	for _, c := range cases {
		_, errOut, code := runCLI(c.args...)
		if code != 2 || !strings.Contains(errOut, c.want) {
			t.Errorf("%v: exit %d, stderr %q; want 2 and %q", c.args, code, errOut, c.want)
		}
	}
	// Every question's example and lesson exist, and its example runs.
	qs, err := interviewQuestions(interview.All())
	if err != nil {
		t.Fatal(err)
	}
	for _, q := range qs {
		if lessons.Index(q.Lesson) < 0 {
			t.Errorf("%s: no lesson %q", q.ID, q.Lesson)
		}
		if _, err := os.Stat(q.ExampleFile); err != nil {
			t.Errorf("%s: example %s: %v", q.ID, q.Example, err)
		}
	}
}

// TestEveryNodeOutputIsAccepted: for every puzzle, each output real node
// printed is graded right, and the judge's first accepted output (the one
// the prediction screen shuffles) is node's.
func TestEveryNodeOutputIsAccepted(t *testing.T) {
	for _, p := range scenarios.Puzzles() {
		tg, err := resolveTarget(p.ID)
		if err != nil {
			t.Fatal(err)
		}
		j, err := tg.judge(runtime.Options{})
		if err != nil {
			t.Fatalf("%s: %v", p.ID, err)
		}
		for _, o := range p.Expect.Outcomes {
			if v := grade.Grade(o.Stdout, j.accepted); !v.Right() {
				t.Errorf("%s: node's output is graded %v at line %d:\n%s", p.ID, v.Kind, v.Line+1, o.Stdout)
			}
		}
		if p.Racy != (len(j.accepted) > 1) {
			t.Errorf("%s: racy %v, but %d outputs are accepted", p.ID, p.Racy, len(j.accepted))
		}
	}
}

func TestCheckJSON(t *testing.T) {
	state := t.TempDir()
	wrong := writeFile(t, "wrong.txt", "Start\nEnd\nPromise\n")
	out, errOut, code := runCLI("check", "order-start-end", "--json", "--answer", wrong, "--state-dir", state)
	if code != 1 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	var r checkResult
	if err := json.Unmarshal([]byte(out), &r); err != nil {
		t.Fatalf("not JSON: %v\n%s", err, out)
	}
	if r.Right || r.Kind != "wrong line" || r.Line != 3 || r.Got != "Promise" || r.Want != "nextTick" || r.Step == nil || !strings.Contains(r.Label, "run nextTick") || r.Why == "" || r.Orders != 1 {
		t.Errorf("verdict %+v", r)
	}
	right := writeFile(t, "right.txt", "immediate\ntimeout\n")
	out, _, code = runCLI("check", "timers-race-main", "--json", "--answer", right, "--state-dir", state)
	r = checkResult{}
	if err := json.Unmarshal([]byte(out), &r); err != nil || code != 0 || !r.Right || r.Kind != "right" || r.Orders != 2 || r.Points != 20 || r.Step != nil {
		t.Errorf("exit %d, %+v (%v)", code, r, err)
	}
}
