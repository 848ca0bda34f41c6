package main

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// tmuxDriver runs the built loopviz in a detached tmux session on a
// private server and reads the screen as a user sees it.
type tmuxDriver struct {
	t      *testing.T
	socket string
}

func newTmux(t *testing.T) *tmuxDriver {
	t.Helper()
	if _, err := exec.LookPath("tmux"); err != nil {
		t.Skip("tmux is not on the PATH: skipping the end-to-end test of the TUI (install tmux; .ci/run does)")
	}
	d := &tmuxDriver{t: t, socket: fmt.Sprintf("loopviz-e2e-%d-%d", os.Getpid(), time.Now().UnixNano())}
	t.Cleanup(func() { _ = exec.Command("tmux", "-L", d.socket, "kill-server").Run() })
	return d
}

func (d *tmuxDriver) tmux(args ...string) string {
	d.t.Helper()
	out, err := exec.Command("tmux", append([]string{"-L", d.socket}, args...)...).CombinedOutput()
	if err != nil {
		d.t.Fatalf("tmux %s: %v\n%s", strings.Join(args, " "), err, out)
	}
	return string(out)
}

// start opens a session of w x h running command.
func (d *tmuxDriver) start(w, h int, command string) {
	// The server of a session that just ended may still be shutting down:
	// a new session then fails at once, and a moment later works.
	args := []string{"-L", d.socket, "new-session", "-d", "-s", "e2e", "-x", fmt.Sprint(w), "-y", fmt.Sprint(h), command}
	for range 20 {
		if exec.Command("tmux", args...).Run() == nil {
			return
		}
		time.Sleep(100 * time.Millisecond)
	}
	d.tmux(args[2:]...)
}

func (d *tmuxDriver) keys(keys ...string) {
	d.tmux(append([]string{"send-keys", "-t", "e2e"}, keys...)...)
}

func (d *tmuxDriver) screen() string {
	return d.tmux("capture-pane", "-p", "-t", "e2e")
}

// waitFor waits until the screen shows every one of want.
func (d *tmuxDriver) waitFor(want ...string) string {
	d.t.Helper()
	deadline := time.Now().Add(15 * time.Second)
	var s string
	for time.Now().Before(deadline) {
		s = d.screen()
		ok := true
		for _, w := range want {
			if !strings.Contains(s, w) {
				ok = false
				break
			}
		}
		if ok {
			return s
		}
		time.Sleep(50 * time.Millisecond)
	}
	d.t.Fatalf("the screen never showed %q:\n%s", want, s)
	return ""
}

// sessionGone waits for the program (and so the session) to end.
func (d *tmuxDriver) sessionGone() bool {
	for range 100 {
		if err := exec.Command("tmux", "-L", d.socket, "has-session", "-t", "e2e").Run(); err != nil {
			return true
		}
		time.Sleep(50 * time.Millisecond)
	}
	return false
}

func buildLoopviz(t *testing.T) string {
	t.Helper()
	bin := filepath.Join(t.TempDir(), "loopviz")
	out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput()
	if err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	return bin
}

// TestTUIInTmux drives the real binary as a user would: open a program,
// step, jump, ask for help, pick an output line, shrink the terminal, quit;
// then the home screen.
func TestTUIInTmux(t *testing.T) {
	d := newTmux(t)
	bin := buildLoopviz(t)
	cache := t.TempDir()
	prog := writeFile(t, "puzzle.js", `console.log('script start');
setTimeout(() => console.log('timeout'), 0);
Promise.resolve().then(() => console.log('promise'));
process.nextTick(() => console.log('tick'));
console.log('script end');
`)
	env := "env XDG_CACHE_HOME=" + cache + " HOME=" + cache + " "
	d.start(120, 40, env+bin+" "+prog)
	d.waitFor("puzzle.js", "Call stack", "Event loop", "Queues", "Threadpool", "Output", "Why", "nothing printed yet")

	d.keys("Right", "Right", "Right")
	d.waitFor("script start") // the first console.log has run
	d.keys("G")
	s := d.waitFor("exit code 0", "tick", "promise", "timeout")
	// The output pane (left column) lists the lines in node's order.
	var order []string
	for _, line := range strings.Split(s, "\n") {
		for _, w := range []string{"script start", "script end", "tick", "promise", "timeout"} {
			if strings.HasPrefix(line, "│  "+w+" ") {
				order = append(order, w)
			}
		}
	}
	if got := strings.Join(order, ","); got != "script start,script end,tick,promise,timeout" {
		t.Errorf("the output pane shows %s:\n%s", got, s)
	}
	d.keys("g")
	d.waitFor("nothing printed yet")
	d.keys("]")
	d.waitFor("main module")
	d.keys("?")
	d.waitFor("Marks in the source gutter", "next callback")
	d.keys("Escape")
	d.waitFor("Call stack")
	d.keys("G", "o", "Up", "Enter")
	d.waitFor("▶ promise") // jumped to the step that printed the line before the last
	d.keys("v")
	d.waitFor("level statement")

	d.tmux("resize-window", "-t", "e2e", "-x", "70", "-y", "20")
	d.waitFor("terminal too small (need 80x24)")
	d.tmux("resize-window", "-t", "e2e", "-x", "80", "-y", "24")
	d.waitFor("Queues", "Output")
	d.keys("q")
	if !d.sessionGone() {
		t.Fatalf("q did not quit:\n%s", d.screen())
	}

	// A program that throws: the error and its line, never a crash.
	bad := writeFile(t, "boom.js", "setTimeout(() => {\n  null.x;\n}, 5);\n")
	d.start(120, 40, env+bin+" "+bad)
	d.waitFor("boom.js", "Call stack")
	d.keys("G")
	d.waitFor("✗ TypeError", "at line 2", "✗  2│")
	d.keys("q")
	d.sessionGone()

	// The home screen lists the built-in programs; enter opens one, esc comes back.
	d.start(100, 30, env+bin+" --state-dir "+t.TempDir())
	d.waitFor("predict the output, or watch", "Puzzles · Sync, nextTick", "Preview", "0/73 solved · n: next order-executor-is-sync")
	d.keys("Enter") // a puzzle opens in the prediction screen
	d.waitFor("order-executor-is-sync.js", "Your prediction", "5 lines to order")
	d.keys("Escape")
	d.waitFor("predict the output, or watch")
	d.keys("G", "Enter") // the last program is a demo: it opens in the simulator
	d.waitFor("Call stack", "Queues")
	d.keys("Escape")
	d.waitFor("predict the output, or watch")
	d.keys("q")
	if !d.sessionGone() {
		t.Fatalf("q did not quit the home screen:\n%s", d.screen())
	}
}

// TestPuzzleInTmux solves one puzzle right and one wrong (then right at the
// second attempt) through the real binary, as a user would, and checks that
// the progress was saved.
func TestPuzzleInTmux(t *testing.T) {
	d := newTmux(t)
	bin := buildLoopviz(t)
	cache, state := t.TempDir(), t.TempDir()
	env := "env XDG_CACHE_HOME=" + cache + " HOME=" + cache + " "
	send := func(keys ...string) { // one at a time: a terminal sees typing, not a paste
		for _, k := range keys {
			d.keys(k)
			time.Sleep(30 * time.Millisecond)
		}
	}

	// Right at the first attempt. The lines come shuffled, each with a letter:
	// a Start, b setTimeout, c nextTick, d Promise, e End.
	d.start(100, 30, env+bin+" puzzle order-start-end --state-dir "+state)
	d.waitFor("Start, end", "Your prediction", "a Start", "e End")
	if s := d.screen(); strings.Contains(s, "Event loop") || strings.Contains(s, "Queues") {
		t.Errorf("the loop panes show while predicting:\n%s", s)
	}
	send("t", "a", "e", "c", "d", "b", "Enter")
	d.waitFor("1. a Start", "2. e End", "3. c nextTick")
	send("Enter")
	d.waitFor("✓ Right!", "+10 points", "drains the nextTick queue")
	send("Enter") // the step-through
	d.waitFor("Call stack", "Event loop", "order-start-end.js")
	d.keys("q")
	if !d.sessionGone() {
		t.Fatalf("q did not quit:\n%s", d.screen())
	}

	// Wrong, then right. Shuffled: a one, b four, c three, d two, e five.
	d.start(100, 30, env+bin+" puzzle order-executor-is-sync --state-dir "+state)
	d.waitFor("The promise executor", "a one", "e five")
	send("h")
	d.waitFor("Hints", "runs right away")
	send("Enter") // the shuffled order, as it is
	d.waitFor("✗ Not quite", "✗ four", "the loop printed: two", "Where the loop went another way")
	send("Enter") // the simulator, at the step where the loop printed "two"
	d.waitFor(`line 2: you said "four"`, "stdout: two", "The main module prints this line itself", "Call stack")
	send("Escape")
	d.waitFor("Verdict")
	send("r", "t", "a", "d", "c", "b", "e", "Enter", "Enter")
	d.waitFor("✓ Right!", "+3 points") // (10 - 3 for the hint) / 2 for the second attempt
	d.keys("q")
	d.sessionGone()

	data, err := os.ReadFile(filepath.Join(state, "progress.json"))
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{`"order-start-end": {
      "solved": true,
      "attempts": 1,`, `"order-executor-is-sync": {
      "solved": true,
      "attempts": 2,
      "hints": 1,
      "points": 3`} {
		if !strings.Contains(string(data), want) {
			t.Errorf("progress.json lacks %s:\n%s", want, data)
		}
	}

	// Without an id: the next puzzle not solved yet.
	d.start(100, 30, env+bin+" puzzle --state-dir "+state)
	d.waitFor("queueMicrotask was cal", "order-microtask-first-queued.js", "Your prediction")
	d.keys("q")
	d.sessionGone()

	// A damaged progress file: a warning on screen, the file kept aside.
	broken := t.TempDir()
	if err := os.WriteFile(filepath.Join(broken, "progress.json"), []byte("{garbage"), 0o644); err != nil {
		t.Fatal(err)
	}
	d.start(100, 30, env+bin+" puzzle order-start-end --state-dir "+broken)
	// (The path of the file kept aside wraps wherever the temporary folder's
	// name makes it: it is looked for on disk, not on the screen.)
	d.waitFor("Your prediction", "warning: your progress file was", "it was moved to")
	d.keys("q")
	d.sessionGone()
	if _, err := os.Stat(filepath.Join(broken, "progress.json.corrupt")); err != nil {
		t.Errorf("the damaged progress file was not kept aside: %v", err)
	}
}
