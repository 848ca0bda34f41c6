package main

import (
	"strings"
	"testing"
)

func TestRender(t *testing.T) {
	prog := writeFile(t, "p.js", "setTimeout(() => console.log('t'), 5);\nconsole.log('main');\n")
	out, errOut, code := runCLI("render", prog, "--step", "-1", "--width", "80", "--height", "24", "--color", "never")
	if code != 0 {
		t.Fatalf("code %d, stderr %q", code, errOut)
	}
	lines := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
	if len(lines) != 24 || strings.Contains(out, "\x1b") {
		t.Errorf("want 24 lines of plain text, got %d:\n%s", len(lines), out)
	}
	for _, want := range []string{"p.js", "Call stack", "Queues", "exit code 0", "main", "t"} {
		if !strings.Contains(out, want) {
			t.Errorf("the frame lacks %q:\n%s", want, out)
		}
	}
	colour, _, _ := runCLI("render", "--color", "always", "--theme", "light", prog)
	if !strings.Contains(colour, "\x1b[") || len(strings.Split(strings.TrimSuffix(colour, "\n"), "\n")) != 40 {
		t.Errorf("--color always at the default 120x40: no colour or wrong height")
	}
	small, _, _ := runCLI("render", "--width", "60", "--height", "20", prog)
	if !strings.Contains(small, "terminal too small (need 80x24)") {
		t.Errorf("60x20 is not the too-small screen:\n%s", small)
	}
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"render", prog, "--step", "9999"}, "the run has steps 0 to"},
		{[]string{"render", prog, "--color", "sometimes"}, "--color wants never, always or auto"},
		{[]string{"render", prog, "--theme", "pink"}, `unknown theme "pink"`},
		{[]string{"render", prog, "--width", "0"}, "--width and --height"},
		{[]string{"render", "/nope/missing.js"}, "no such file"},
	} {
		_, errOut, code := runCLI(tc.args...)
		if code != exitUsage || !strings.Contains(errOut, tc.want) {
			t.Errorf("%v: code %d, stderr %q; want %d and %q", tc.args, code, errOut, exitUsage, tc.want)
		}
	}
}

func TestOpenNeedsATerminal(t *testing.T) {
	prog := writeFile(t, "p.js", "console.log(1)\n")
	_, errOut, code := runCLI(prog)
	if code != exitUsage || !strings.Contains(errOut, "needs a terminal") || !strings.Contains(errOut, "loopviz render") {
		t.Errorf("code %d, stderr %q", code, errOut)
	}
}

// TestRenderESModule: an ES module entry opens in the simulator like any
// program; its top level runs inside the microtask drain of the poll phase,
// and the call stack names the module.
func TestRenderESModule(t *testing.T) {
	prog := writeFile(t, "m.mjs", "process.nextTick(() => console.log('tick'));\nPromise.resolve().then(() => console.log('promise'));\nconsole.log('top level');\n")
	out, errOut, code := runCLI("render", prog, "--step", "21", "--width", "120", "--height", "40", "--color", "never")
	if code != 0 {
		t.Fatalf("code %d, stderr %q", code, errOut)
	}
	for _, want := range []string{"m.mjs", "(main ES module m.mjs) (microtask)", "draining microtasks", "iteration 1", "top level"} {
		if !strings.Contains(out, want) {
			t.Errorf("the frame lacks %q:\n%s", want, out)
		}
	}
	run, _, code := runCLI("run", prog)
	if code != 0 || run != "top level\npromise\ntick\n" {
		t.Errorf("run: code %d, output %q", code, run)
	}
}
