package difftest

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/loopviz/loopviz/internal/gen"
	"github.com/loopviz/loopviz/scenarios"
)

// TestCompare checks the verdicts against node outcomes made up for the
// purpose, without running node.
func TestCompare(t *testing.T) {
	dir := t.TempDir()
	const race = "setTimeout(() => console.log('t'), 0);\nsetImmediate(() => console.log('i'));\n"
	tests := []struct {
		name     string
		src      string
		node     func(loopviz []scenarios.Outcome) []scenarios.Outcome
		mismatch string // part of the verdict; "" when they agree
	}{
		{"same output", ("console.log('a');\n"), same, ""},
		{"other stdout", ("console.log('a');\n"), stdout("b\n"), "stdout or exit code differ"},
		{"other exit code", ("console.log('a');\n"), exit(1), "stdout or exit code differ"},
		{"other stderr", ("console.error('x');\n"), stderr("y\n"), "stderr differs"},
		{"stack frames do not count", ("throw new Error('x');\n"), frames, ""},
		{"one side of a known race", race,
			stdout("t\ni\n"), ""},
		{"both sides of a known race", race,
			both("t\ni\n", "i\nt\n"), ""},
		{"an order the model does not allow", race,
			both("i\nt\n", "x\n"), "not among the 2 outcomes explore finds"},
		{"racy where the model is not", ("console.log('a');\n"), both("a\n", "b\n"), "not among the 1 outcomes"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			file := filepath.Join(dir, strings.ReplaceAll(tc.name, " ", "-")+".js")
			if err := os.WriteFile(file, []byte(tc.src), 0o644); err != nil {
				t.Fatal(err)
			}
			p := &gen.Program{Seed: -1} // only named in reports
			self, err := compare(p, file, []scenarios.Outcome{{}})
			if err != nil {
				t.Fatal(err)
			}
			r, err := compare(p, file, tc.node([]scenarios.Outcome{self.Loopviz}))
			if err != nil {
				t.Fatal(err)
			}
			switch {
			case tc.mismatch == "" && r.Mismatch != "":
				t.Errorf("want agreement, got %q\n%s", r.Mismatch, r)
			case tc.mismatch != "" && !strings.Contains(r.Mismatch, tc.mismatch):
				t.Errorf("want a mismatch with %q, got %q", tc.mismatch, r.Mismatch)
			}
		})
	}
}

func same(o []scenarios.Outcome) []scenarios.Outcome { return o }

func stdout(s string) func([]scenarios.Outcome) []scenarios.Outcome {
	return func(o []scenarios.Outcome) []scenarios.Outcome {
		o[0].Stdout = s
		return o
	}
}

func exit(code int) func([]scenarios.Outcome) []scenarios.Outcome {
	return func(o []scenarios.Outcome) []scenarios.Outcome {
		o[0].Exit = code
		return o
	}
}

func stderr(s string) func([]scenarios.Outcome) []scenarios.Outcome {
	return func(o []scenarios.Outcome) []scenarios.Outcome {
		o[0].Stderr = s
		return o
	}
}

// frames gives node's stderr an extra internal frame after the last one.
func frames(o []scenarios.Outcome) []scenarios.Outcome {
	const footer = "\n\nNode.js"
	if !strings.Contains(o[0].Stderr, footer) {
		panic("no footer in loopviz's stderr: " + o[0].Stderr)
	}
	o[0].Stderr = strings.Replace(o[0].Stderr, footer, "\n    at node:internal/main/run_main_module:28:49"+footer, 1)
	return o
}

func both(a, b string) func([]scenarios.Outcome) []scenarios.Outcome {
	return func(o []scenarios.Outcome) []scenarios.Outcome {
		return []scenarios.Outcome{{Stdout: a, Seen: 2}, {Stdout: b, Seen: 2}}
	}
}
