package ui

import (
	"fmt"
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/exp/golden"
	"github.com/loopviz/loopviz/sim"
)

// goldenScenario is a corpus program and the steps worth freezing in it,
// picked by what happens there so the goldens say what they show.
type goldenScenario struct {
	name  string
	steps []goldenStep
}

type goldenStep struct {
	name string
	pick func(tl *timeline) int
}

// firstStep is the first step matching pred, or the last step.
func firstStep(pred func(tl *timeline, i int, s *sim.Step) bool) func(tl *timeline) int {
	return func(tl *timeline) int {
		for i, s := range tl.trace.All() {
			if pred(tl, i, s) {
				return i
			}
		}
		return tl.trace.Len() - 1
	}
}

func printed(text string) func(tl *timeline) int {
	return firstStep(func(tl *timeline, i int, s *sim.Step) bool {
		return s.Kind == sim.KindOutput && strings.Contains(tl.trace.Output[s.Arg].Text, text)
	})
}

func lastStep(tl *timeline) int { return tl.trace.Len() - 1 }

var goldenScenarios = []goldenScenario{
	{"await-async1-async2", []goldenStep{
		{"draining-microtasks", firstStep(func(_ *timeline, _ int, s *sim.Step) bool {
			return s.Kind == sim.KindDrain && s.Queue == sim.QueueMicrotask
		})},
		{"prints-promise2", printed("promise2")},
	}},
	{"io-pbkdf2-pool-of-4", []goldenStep{
		{"pool-busy", firstStep(func(_ *timeline, _ int, s *sim.Step) bool { return s.Kind == sim.KindClock })},
		{"end", lastStep},
	}},
	{"io-write-then-read", []goldenStep{
		{"prints-file", printed("first line")},
		{"end", lastStep},
	}},
	{"uncaught-timer", []goldenStep{
		{"error", func(tl *timeline) int { return int(tl.problems[0].step) }},
		{"end", lastStep},
	}},
	{"uncaught-syntax-error", []goldenStep{
		{"opens-on-error", func(tl *timeline) int { return newViewerOf(tl).step }},
	}},
}

func newViewerOf(tl *timeline) *viewer { return newViewer(tl.run, "x", sim.LevelAPI) }

var goldenSizes = [][2]int{{120, 40}, {80, 24}, {60, 20}}

// TestFrames freezes the screen for several programs x steps x sizes x
// themes. Rewrite with: go test ./ui -run TestFrames -update
func TestFrames(t *testing.T) {
	for _, sc := range goldenScenarios {
		run := runCorpus(t, sc.name)
		tl := newTimeline(run)
		for _, st := range sc.steps {
			step := st.pick(tl)
			for _, size := range goldenSizes {
				for _, theme := range []ThemeName{ThemeDark, ThemeLight, ThemePlain} {
					name := fmt.Sprintf("%s/%s/%dx%d/%s", sc.name, st.name, size[0], size[1], theme)
					t.Run(name, func(t *testing.T) {
						frame := Render(run, RenderOptions{Step: step, Width: size[0], Height: size[1], Theme: theme, Level: sim.LevelAPI})
						checkFrameShape(t, frame, size[0], size[1])
						if theme == ThemePlain && strings.Contains(frame, "\x1b") {
							t.Errorf("the plain theme wrote an escape sequence")
						}
						golden.RequireEqual(t, frame)
					})
				}
			}
		}
	}
}

// checkFrameShape checks that a frame is exactly w cells by h lines: a
// line too long would wrap and garble the terminal.
func checkFrameShape(t *testing.T, frame string, w, h int) {
	t.Helper()
	lines := strings.Split(frame, "\n")
	if len(lines) != h {
		t.Fatalf("frame has %d lines, want %d", len(lines), h)
	}
	for i, l := range lines {
		if got := ansi.StringWidth(l); got != w {
			t.Errorf("line %d is %d cells wide, want %d: %q", i, got, w, ansi.Strip(l))
		}
	}
}

// TestFramesAreDeterministic runs each program twice and draws every step
// of both runs: the frames must be byte-identical (no map order, no clock).
func TestFramesAreDeterministic(t *testing.T) {
	for _, sc := range goldenScenarios {
		a, b := runCorpus(t, sc.name), runCorpus(t, sc.name)
		if a.Trace.Len() != b.Trace.Len() {
			t.Fatalf("%s: runs differ in length: %d and %d", sc.name, a.Trace.Len(), b.Trace.Len())
		}
		for i := 0; i < a.Trace.Len(); i++ {
			o := RenderOptions{Step: i, Width: 120, Height: 40, Theme: ThemeDark, Level: sim.LevelStatement}
			if fa, fb := Render(a, o), Render(b, o); fa != fb {
				t.Fatalf("%s step %d: two runs draw different frames", sc.name, i)
			}
		}
	}
}

// TestEveryStepFits draws every step of every golden program at the three
// sizes: no line may be wider or narrower than the terminal.
func TestEveryStepFits(t *testing.T) {
	for _, sc := range goldenScenarios {
		run := runCorpus(t, sc.name)
		for _, size := range goldenSizes {
			for i := 0; i < run.Trace.Len(); i++ {
				frame := Render(run, RenderOptions{Step: i, Width: size[0], Height: size[1], Theme: ThemeLight, Level: sim.LevelStatement})
				checkFrameShape(t, frame, size[0], size[1])
				if t.Failed() {
					t.Fatalf("%s step %d at %dx%d", sc.name, i, size[0], size[1])
				}
			}
		}
	}
}

func TestTooSmall(t *testing.T) {
	run := runCorpus(t, "tick-vs-promise")
	frame := Render(run, RenderOptions{Width: 79, Height: 30, Theme: ThemePlain})
	if !strings.Contains(frame, "terminal too small (need 80x24)") {
		t.Errorf("79 columns: no 'too small' screen:\n%s", frame)
	}
	if frame := Render(run, RenderOptions{Width: 80, Height: 24, Theme: ThemePlain}); strings.Contains(frame, "too small") {
		t.Errorf("80x24 is enough, got:\n%s", frame)
	}
}
