package demos_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/loopviz/loopviz/runtime"
	"github.com/loopviz/loopviz/scenarios"
	"github.com/loopviz/loopviz/scenarios/demos"
	"github.com/loopviz/loopviz/scenarios/scenariotest"
	"github.com/loopviz/loopviz/sim"
)

const rerecord = "re-record with: go run ./scenarios/record -dir scenarios/demos/programs scenarios/demos/programs/"

// TestDemos runs every demo under loopviz, compares it with node's
// recording, and checks that each mark of its script is a step of the run.
func TestDemos(t *testing.T) {
	dir, err := filepath.Abs("programs")
	if err != nil {
		t.Fatal(err)
	}
	files, err := scenarios.CorpusFiles(dir)
	if err != nil {
		t.Fatal(err)
	}
	if len(files) != len(demos.All) {
		t.Errorf("%d programs in programs/, %d demos in All: every program is a demo", len(files), len(demos.All))
	}
	for _, d := range demos.All {
		t.Run(d.Name, func(t *testing.T) {
			file := filepath.Join(dir, d.Name+".js")
			src, err := os.ReadFile(file)
			if err != nil {
				t.Fatal(err)
			}
			if scenarios.Header(string(src)) == "" {
				t.Errorf("the first line must be a // comment saying what the demo shows")
			}
			if d.With != "" {
				if _, ok := demos.ByName(d.With); !ok {
					t.Errorf("shown with %q, which is not a demo", d.With)
				}
			}
			if len(d.Marks) == 0 {
				t.Errorf("a demo needs marked steps")
			}
			exp, err := scenarios.ReadExpectation(scenarios.ExpectationPath(file))
			if err != nil {
				t.Fatalf("%v (%s%s.js)", err, rerecord, d.Name)
			}
			if exp.Racy() {
				t.Fatalf("node showed %d outcomes: a demo must be deterministic", len(exp.Outcomes))
			}
			res, err := runtime.Run(runtime.Options{File: file})
			if err != nil {
				t.Fatal(err)
			}
			if res.Stop != nil {
				t.Fatalf("stopped: %s", res.Stop.Message)
			}
			if msg, fatal := scenarios.Compare(res.Stdout(), res.Stderr(), res.ExitCode, exp.Outcomes[0], dir); fatal {
				t.Fatal(msg)
			} else if msg != "" {
				t.Error(msg)
			}
			last := -1
			for _, m := range d.Marks {
				n := -1
				for i, s := range res.Trace.All() {
					if s.Kind == sim.KindOutput && strings.Contains(res.Trace.Output[s.Arg].Text, m.At) {
						n = i
						break
					}
				}
				if n < 0 {
					t.Errorf("mark %q: no step prints it", m.At)
				} else if n <= last {
					t.Errorf("mark %q comes before the mark above it: keep the script in order", m.At)
				}
				last = n
			}
		})
	}
}

// TestDemosLive checks each recording against the node on the PATH.
func TestDemosLive(t *testing.T) { scenariotest.CheckLive(t, "programs", rerecord) }
