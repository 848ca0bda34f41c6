package main

import (
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
	"github.com/loopviz/loopviz/scenarios/demos"
	"github.com/loopviz/loopviz/ui"
)

// demoSides runs demos for the stage from a fresh copy.
func demoSides(t *testing.T, names ...string) []ui.PresentSide {
	t.Helper()
	root, err := demos.Materialize(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	var sides []ui.PresentSide
	for _, n := range names {
		s, err := presentSide(n, uiRunner(runFlags{}, nil), func() (string, error) { return root, nil })
		if err != nil {
			t.Fatal(err)
		}
		sides = append(sides, s)
	}
	return sides
}

// TestPresentFrames freezes instructor mode: one demo at a mark with a
// note, and the starvation pair side by side, at 120x40 and 80x24.
// Rewrite with: go test ./cmd/loopviz -run TestPresentFrames -update
func TestPresentFrames(t *testing.T) {
	single := ui.PresentOptions{Title: "Five hashes on a threadpool of 4", Sides: demoSides(t, "pool-of-four"),
		Pins: []string{"loop", "threadpool", "output"}}
	pair := ui.PresentOptions{Sides: demoSides(t, "starve-nexttick", "starve-setimmediate")}
	for _, tc := range []struct {
		name string
		o    ui.PresentOptions
		r    ui.PresentRenderOptions
	}{
		{"instructor", single, ui.PresentRenderOptions{Mark: 1, Notes: map[int]string{1: "ask the class: where is the fifth hash?"}}},
		{"side-by-side", pair, ui.PresentRenderOptions{Mark: 2}},
	} {
		for _, size := range [][2]int{{120, 40}, {80, 24}} {
			for _, theme := range []ui.ThemeName{ui.ThemePlain, ui.ThemeDark} {
				t.Run(fmt.Sprintf("%s/%dx%d/%s", tc.name, size[0], size[1], theme), func(t *testing.T) {
					o, r := tc.o, tc.r
					o.Theme, o.ThemeSet = theme, true
					r.Width, r.Height = size[0], size[1]
					frame := ui.RenderPresent(o, r)
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

func TestPresentCommand(t *testing.T) {
	out, _, code := runCLI("present")
	if code != 0 || !strings.Contains(out, "starve-nexttick") || !strings.Contains(out, "loopviz present starve-nexttick --with starve-setimmediate") {
		t.Errorf("loopviz present alone should list the demos: code %d\n%s", code, out)
	}
	prog := writeFile(t, "p.js", "console.log(1)\n")
	cache := t.TempDir()
	t.Setenv("XDG_CACHE_HOME", cache)
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"present", "no-such-demo"}, `no demo or file "no-such-demo" (try: loopviz present`},
		{[]string{"present", "starve-nexttick", "--pin", "loop,nope"}, `no pane "nope"`},
		{[]string{"present", "starve-nexttick", "--pace", "0s"}, "--pace must be positive"},
		{[]string{"present", "starve-nexttick", "pool-of-four"}, "put a second one beside it with --with"},
		{[]string{"present", "pool-of-four", "--with", prog}, "needs a terminal"},
		{[]string{"present", filepath.Join(t.TempDir(), "missing.js")}, "no such file"},
	} {
		_, errOut, code := runCLI(tc.args...)
		if code != exitUsage || !strings.Contains(errOut, tc.want) {
			t.Errorf("%v: code %d, stderr %q; want %d and %q", tc.args, code, errOut, exitUsage, tc.want)
		}
	}
}

// TestPresentInTmux runs the starvation demo as an instructor would: play
// until the first mark, annotate it, unpin a pane, step to the next mark.
func TestPresentInTmux(t *testing.T) {
	d := newTmux(t)
	bin := buildLoopviz(t)
	cache := t.TempDir()
	env := "env XDG_CACHE_HOME=" + cache + " HOME=" + cache + " "
	d.start(120, 40, env+bin+" present starve-nexttick --with starve-setimmediate --pace 5ms")
	d.waitFor("◀ starve-nexttick", "▶ starve-setimmediate", "Narration", "mark 0/5", "❚❚ 5ms/frame")
	d.keys("Space")
	s := d.waitFor("mark 1/5", "❚❚", "◆ mark 1:")
	if !strings.Contains(s, "heartbeat (on time") {
		t.Errorf("autoplay paused at mark 1, but the heartbeat's line is not on screen:\n%s", s)
	}
	d.keys("a")
	d.waitFor("✎")
	d.keys("watch the left heartbeat", "Enter")
	d.waitFor("📌", "watch the left heartbeat")
	d.keys("4") // unpin the queues
	d.settled("📌")
	if strings.Contains(d.screen(), "Queues") {
		t.Errorf("key 4 did not unpin the queues:\n%s", d.screen())
	}
	d.keys("n", "n")
	s = d.settled("mark 3/5", "◆ mark 3:")
	if !strings.Contains(s, "watch the left heartbeat") {
		t.Errorf("the note did not stay on screen at a later mark:\n%s", s)
	}
	d.keys("q")
	if !d.sessionGone() {
		t.Fatalf("q did not quit:\n%s", d.screen())
	}
}
