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

// TestPuzzles runs every puzzle of the library under loopviz (what `loopviz
// run` does) and compares its stdout, exit code and stderr essentials with
// what real node printed. For a racy puzzle, every order node showed must be
// one that explore finds: those are the answers the grader accepts.
func TestPuzzles(t *testing.T) {
	dir, err := filepath.Abs("../scenarios/puzzles")
	if err != nil {
		t.Fatal(err)
	}
	list, err := scenarios.LoadPuzzles(os.DirFS(filepath.Dir(dir)), "puzzles")
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range list {
		t.Run(p.ID, func(t *testing.T) {
			file := filepath.Join(dir, p.ID+".js")
			res, err := runtime.Run(runtime.Options{File: file})
			if err != nil {
				t.Fatal(err)
			}
			if res.Stop != nil {
				t.Fatalf("stopped: %s", res.Stop.Message)
			}
			out := p.Expect.Find(res.Stdout(), res.ExitCode)
			if p.Racy {
				checkRaceOutcomes(t, file, p.Expect)
				if out == nil {
					out = &p.Expect.Outcomes[0]
				}
			}
			if out == nil {
				want := p.Expect.Outcomes[0]
				t.Fatalf("output differs from node\n--- loopviz (exit %d)\n%s\n--- node (exit %d)\n%s\n--- loopviz stderr\n%s",
					res.ExitCode, res.Stdout(), want.Exit, want.Stdout, res.Stderr())
			}
			got := scenarios.StderrEssentials(scenarios.NormalizeStderr(res.Stderr(), dir))
			if want := scenarios.StderrEssentials(out.Stderr); !slices.Equal(got, want) {
				t.Errorf("stderr essentials differ\n--- loopviz\n%s\n--- node\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
			}
		})
	}
}
