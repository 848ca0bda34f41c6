package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/charmbracelet/x/ansi"
	"github.com/loopviz/loopviz/lessons"
	"github.com/loopviz/loopviz/ui"
)

// TestLessonFrames freezes a lesson page (its top, the text further down,
// and its quick check) at 120x40 and 80x24. Rewrite with:
// go test ./cmd/loopviz -run TestLessonFrames -update
func TestLessonFrames(t *testing.T) {
	list, err := courseLessons(&lessons.Progress{})
	if err != nil {
		t.Fatal(err)
	}
	i := lessons.Index("phases")
	for _, size := range [][2]int{{120, 40}, {80, 24}} {
		for _, view := range []struct {
			name string
			o    ui.LessonRenderOptions
		}{
			{"top", ui.LessonRenderOptions{}},
			{"example", ui.LessonRenderOptions{Scroll: 20}},
			{"check", ui.LessonRenderOptions{Check: true}},
		} {
			for _, theme := range []ui.ThemeName{ui.ThemePlain, ui.ThemeDark} {
				t.Run(fmt.Sprintf("phases/%s/%dx%d/%s", view.name, size[0], size[1], theme), func(t *testing.T) {
					o := view.o
					o.Width, o.Height, o.Theme = size[0], size[1], theme
					frame := ui.RenderLesson(list, i, o)
					lines := strings.Split(frame, "\n")
					if len(lines) != size[1] {
						t.Fatalf("%d lines, want %d", len(lines), size[1])
					}
					for n, l := range lines {
						if w := ansi.StringWidth(l); w != size[0] {
							t.Errorf("line %d is %d cells wide, want %d: %q", n, w, size[0], ansi.Strip(l))
						}
					}
					if theme == ui.ThemePlain && strings.Contains(frame, "\x1b") {
						t.Errorf("the plain theme wrote an escape sequence")
					}
					checkGoldenFrame(t, frame)
				})
			}
		}
	}
}

// TestEveryLessonFits draws the top of every lesson at 80x24: every line
// exactly as wide as the terminal.
func TestEveryLessonFits(t *testing.T) {
	list, err := courseLessons(&lessons.Progress{})
	if err != nil {
		t.Fatal(err)
	}
	for i, l := range list {
		for _, scroll := range []int{0, 1000} {
			frame := ui.RenderLesson(list, i, ui.LessonRenderOptions{Width: 80, Height: 24, Theme: ui.ThemeLight, Scroll: scroll})
			for n, line := range strings.Split(frame, "\n") {
				if w := ansi.StringWidth(line); w != 80 {
					t.Errorf("%s line %d is %d cells wide: %q", l.ID, n, w, ansi.Strip(line))
				}
			}
		}
	}
}

func TestLessonsCommand(t *testing.T) {
	state := t.TempDir()
	out, errOut, code := runCLI("lessons", "--state-dir", state)
	if code != 0 {
		t.Fatalf("code %d, stderr %q", code, errOut)
	}
	for _, want := range []string{"0 of 21 lessons finished", "Interview questions", " 4. phases", "21. q-middleware", "loopviz learn alone opens node"} {
		if !strings.Contains(out, want) {
			t.Errorf("the table of contents lacks %q:\n%s", want, out)
		}
	}
	if strings.Contains(out, "\x1b") {
		t.Errorf("not a terminal: want plain text, got escapes")
	}
	p := &lessons.Progress{}
	p.MarkDone("node")
	p.MarkDone("phases")
	if err := p.Save(state); err != nil {
		t.Fatal(err)
	}
	out, _, _ = runCLI("lessons", "--state-dir", state)
	for _, want := range []string{"2 of 21 lessons finished", "✓  1. node", "▸  2. reading", "✓  4. phases", "loopviz learn alone opens reading"} {
		if !strings.Contains(out, want) {
			t.Errorf("with progress, the table of contents lacks %q:\n%s", want, out)
		}
	}
	if err := os.WriteFile(filepath.Join(state, "lessons.json"), []byte("nonsense"), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"lessons", "--state-dir", state}, "move it away"},
		{[]string{"lessons", "phases"}, "loopviz learn phases"},
		{[]string{"learn", "no-such-lesson"}, `no lesson "no-such-lesson" (try: loopviz lessons`},
		{[]string{"learn", "phases"}, "needs a terminal"},
		{[]string{"learn", "phases", "node"}, "one lesson at a time"},
	} {
		_, errOut, code := runCLI(tc.args...)
		if code != exitUsage || !strings.Contains(errOut, tc.want) {
			t.Errorf("%v: code %d, stderr %q; want %d and %q", tc.args, code, errOut, exitUsage, tc.want)
		}
	}
}

// checkGoldenFrame compares a frame with testdata/frames/TEST.golden;
// -update rewrites it. (This package's -update flag is its own, so the x/exp
// golden package, which defines another, cannot be used here.)
func checkGoldenFrame(t *testing.T, frame string) {
	t.Helper()
	path := filepath.Join("testdata", "frames", filepath.FromSlash(t.Name())+".golden")
	if *update {
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(frame), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run with -update to create it)", err)
	}
	if string(want) != frame {
		t.Errorf("frame differs from %s (run with -update if the change is intended):\n%s", path, diffLines(ansi.Strip(string(want)), ansi.Strip(frame)))
	}
}

// TestCourseInTmux follows a lesson as a user would: open it, scroll, run
// its first example (the simulator opens at the step that matters), come
// back to the same place in the text, pass the quick check, and find the
// lesson finished in loopviz lessons.
func TestCourseInTmux(t *testing.T) {
	d := newTmux(t)
	bin := buildLoopviz(t)
	cache, state := t.TempDir(), t.TempDir()
	env := "env XDG_CACHE_HOME=" + cache + " HOME=" + cache + " "
	d.start(120, 40, env+bin+" learn --state-dir "+state+" phases")
	d.waitFor("lesson 4 of 21", "The loop's phases", "1 phases-guide-order")
	d.keys("j", "j", "j", "j", "j")
	before := d.settled("lesson 4 of 21")
	if first, _, _ := strings.Cut(before, "\n"); strings.HasSuffix(strings.TrimSpace(first), "top") {
		t.Fatalf("five lines down, the lesson is still at its top:\n%s", before)
	}
	d.keys("1")
	d.waitFor("phases-guide-order.js · esc: back to the lesson", "Call stack", "▶ nextTick", "draining nextTicks")
	d.keys("Right")
	d.waitFor("draining the microtask queue")
	d.keys("Escape")
	after := d.settled("lesson 4 of 21")
	if after != before {
		t.Errorf("back from the example, the lesson is not where it was:\nbefore:\n%s\nafter:\n%s", before, after)
	}
	d.keys("c")
	d.waitFor("Quick check · question 1 of 2")
	d.keys("a")
	d.waitFor("Not quite")
	d.keys("b")
	d.waitFor("Right.")
	d.keys("Enter", "b")
	d.waitFor("question 2 of 2", "Right.")
	d.keys("Enter")
	d.waitFor("Lesson finished", "✓ finished")
	d.keys("n")
	d.waitFor("lesson 5 of 21", "CPU-heavy work")
	d.keys("t")
	d.waitFor("The course · enter opens a lesson", "✓  4. The loop's phases", "(open)")
	d.keys("k", "Enter")
	d.waitFor("lesson 4 of 21")
	d.keys("q")
	if !d.sessionGone() {
		t.Fatalf("q did not quit:\n%s", d.screen())
	}
	out, _, _ := runCLI("lessons", "--state-dir", state)
	if !strings.Contains(out, "✓  4. phases") || !strings.Contains(out, "1 of 21 lessons finished") {
		t.Errorf("the finished lesson is not in loopviz lessons:\n%s", out)
	}

	// By default the course opens at the first lesson not finished.
	d.start(80, 24, env+bin+" learn --state-dir "+state)
	d.waitFor("lesson 1 of 21")
	d.keys("q")
	d.sessionGone()
}

// settled waits for the screen to show want and then to stay the same for
// a moment: keys sent before have all been drawn.
func (d *tmuxDriver) settled(want ...string) string {
	d.t.Helper()
	s := d.waitFor(want...)
	for i := 0; i < 100; i++ {
		time.Sleep(100 * time.Millisecond)
		next := d.screen()
		if next == s {
			return s
		}
		s = next
	}
	d.t.Fatalf("the screen never settled:\n%s", s)
	return ""
}
