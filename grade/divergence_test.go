package grade_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/loopviz/loopviz/grade"
	"github.com/loopviz/loopviz/runtime"
	"github.com/loopviz/loopviz/sim"
)

func run(t *testing.T, src string) *sim.Trace {
	t.Helper()
	file := filepath.Join(t.TempDir(), "p.js")
	if err := os.WriteFile(file, []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	res, err := runtime.Run(runtime.Options{File: file})
	if err != nil {
		t.Fatal(err)
	}
	return res.Trace
}

const program = `console.log('sync');
setTimeout(() => console.log('timeout'), 0);
Promise.resolve().then(() => console.log('promise'));
process.nextTick(() => console.log('tick'));
process.stdout.write('par');
process.stdout.write('tial\n');
`

// TestDiverge checks that a wrong answer leads to the step where the loop
// printed its own line, with the why of the callback that printed it.
func TestDiverge(t *testing.T) {
	tr := run(t, program)
	if got := tr.Stdout(); got != "sync\npartial\ntick\npromise\ntimeout\n" {
		t.Fatalf("stdout %q", got)
	}
	cases := []struct {
		name      string
		answer    string
		label     string // a part of the divergence step's label
		why       string // a part of its why
		output    bool   // the divergence has an output step
		mainStep  bool   // the divergence step is the output step itself
		lineShown string // the text the output step printed
	}{
		{"promise before tick", "sync\npartial\npromise\ntick\ntimeout\n", "run nextTick", "nextTick queue", true, false, "tick"},
		{"timeout before microtasks", "sync\npartial\ntimeout\n", "run nextTick", "", true, false, "tick"},
		{"timer forgotten", "sync\npartial\ntick\npromise\n", "run setTimeout", "due", true, false, "timeout"},
		{"sync line late", "partial\nsync\n", "", "", true, true, "sync"},
		{"partial writes: the step of the first piece", "sync\ntick\n", "", "", true, true, "par"},
		{"extra line", "sync\npartial\ntick\npromise\ntimeout\nmore\n", "beforeExit", "ran out of work", false, false, ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			v := grade.Grade(c.answer, []string{tr.Stdout()})
			d, ok := grade.Diverge(tr, v)
			if !ok {
				t.Fatalf("no divergence for %v", v.Kind)
			}
			if !strings.Contains(d.Label, c.label) || !strings.Contains(d.Why, c.why) {
				t.Errorf("divergence at step %d %q (%q), want a label with %q and a why with %q", d.Step, d.Label, d.Why, c.label, c.why)
			}
			if (d.Output >= 0) != c.output {
				t.Fatalf("output step %d, want one: %v", d.Output, c.output)
			}
			if c.output {
				s := tr.Step(d.Output)
				if s.Kind != sim.KindOutput || !strings.HasPrefix(tr.Output[s.Arg].Text, c.lineShown) {
					t.Errorf("output step %d is %v %q, want the output of %q", d.Output, s.Kind, s.Label, c.lineShown)
				}
				if (d.Step == d.Output) != c.mainStep {
					t.Errorf("step %d, output step %d: want them equal: %v", d.Step, d.Output, c.mainStep)
				}
				if d.Step > d.Output {
					t.Errorf("the divergence step %d comes after the output step %d", d.Step, d.Output)
				}
			}
		})
	}
	if _, ok := grade.Diverge(tr, grade.Grade(tr.Stdout(), []string{tr.Stdout()})); ok {
		t.Errorf("a right answer has a divergence")
	}
}

func TestLineStep(t *testing.T) {
	tr := run(t, program)
	for n, want := range []string{"sync", "par", "tick", "promise", "timeout"} {
		i := grade.LineStep(tr, n)
		if i < 0 || !strings.HasPrefix(tr.Output[tr.Step(i).Arg].Text, want) {
			t.Errorf("LineStep(%d) = %d, want the step that printed %q", n, i, want)
		}
	}
	if i := grade.LineStep(tr, 5); i != -1 {
		t.Errorf("LineStep past the end = %d, want -1", i)
	}
}
