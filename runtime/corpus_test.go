package runtime_test

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/loopviz/loopviz/runtime"
	"github.com/loopviz/loopviz/scenarios"
)

// TestCorpus runs every corpus program under loopviz and compares its stdout,
// exit code and stderr essentials with what real node printed (recorded in
// the program's .node.json). Racy programs may match any recorded outcome.
func TestCorpus(t *testing.T) {
	dir, err := filepath.Abs("../scenarios/corpus")
	if err != nil {
		t.Fatal(err)
	}
	files, err := scenarios.CorpusFiles(dir)
	if err != nil {
		t.Fatal(err)
	}
	for _, file := range files {
		name := strings.TrimSuffix(filepath.Base(file), ".js")
		t.Run(name, func(t *testing.T) {
			exp, err := scenarios.ReadExpectation(scenarios.ExpectationPath(file))
			if err != nil {
				t.Fatal(err)
			}
			res, err := runtime.Run(runtime.Options{File: file})
			if err != nil {
				t.Fatal(err)
			}
			if res.Stop != nil {
				t.Fatalf("stopped: %s", res.Stop.Message)
			}
			out := exp.Find(res.Stdout(), res.ExitCode)
			if exp.Racy() {
				// Node's recorded runs may not include the order loopviz
				// picks by default (five pool jobs have 120 orders); every
				// order node showed must be one explore finds.
				checkRaceOutcomes(t, file, exp)
				if out == nil {
					out = &exp.Outcomes[0]
				}
			}
			if out == nil {
				want := exp.Outcomes[0]
				t.Fatalf("output differs from node\n--- loopviz (exit %d)\n%s\n--- node (exit %d)\n%s\n--- loopviz stderr\n%s",
					res.ExitCode, res.Stdout(), want.Exit, want.Stdout, res.Stderr())
			}
			got := scenarios.StderrEssentials(scenarios.NormalizeStderr(res.Stderr(), dir))
			want := scenarios.StderrEssentials(out.Stderr)
			if !slices.Equal(got, want) {
				t.Errorf("stderr essentials differ\n--- loopviz\n%s\n--- node\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
			}
		})
	}
}

// checkRaceOutcomes asserts that every order node showed for a racy program
// is among the outputs loopviz explore finds (explore always includes what
// loopviz run prints).
func checkRaceOutcomes(t *testing.T, file string, exp *scenarios.Expectation) {
	t.Helper()
	ex, err := runtime.Explore(runtime.Options{File: file}, 0)
	if err != nil {
		t.Fatal(err)
	}
	for _, o := range exp.Outcomes {
		found := false
		for _, got := range ex.Outcomes {
			if got.Stdout == o.Stdout && got.ExitCode == o.Exit {
				found = true
			}
		}
		if !found {
			t.Errorf("node printed an order explore does not find (%d runs):\n%s", ex.Runs, o.Stdout)
		}
	}
}

func TestMain(m *testing.M) {
	os.Exit(m.Run())
}
