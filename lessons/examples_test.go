package lessons_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/loopviz/loopviz/lessons"
	"github.com/loopviz/loopviz/runtime"
	"github.com/loopviz/loopviz/scenarios"
	"github.com/loopviz/loopviz/scenarios/scenariotest"
	"github.com/loopviz/loopviz/sim"
)

const rerecord = "re-record with: go run ./scenarios/record -dir lessons/examples lessons/examples/"

// TestExamples runs every example of every lesson under loopviz and compares
// stdout, the exit code and stderr's essentials with what node printed
// (examples/X.node.json), and checks that the step that matters is there.
func TestExamples(t *testing.T) {
	dir, err := filepath.Abs("examples")
	if err != nil {
		t.Fatal(err)
	}
	marks := map[string][]string{}
	for _, l := range lessons.All() {
		for _, e := range l.Examples {
			marks[e.Name] = append(marks[e.Name], e.At)
		}
	}
	files, err := scenarios.CorpusFiles(dir)
	if err != nil {
		t.Fatal(err)
	}
	for _, file := range files {
		name := strings.TrimSuffix(strings.TrimSuffix(filepath.Base(file), ".js"), ".mjs")
		t.Run(name, func(t *testing.T) {
			exp, err := scenarios.ReadExpectation(scenarios.ExpectationPath(file))
			if err != nil {
				t.Fatalf("%v (%s%s.js)", err, rerecord, name)
			}
			if exp.Racy() {
				t.Fatalf("node showed %d outcomes: a lesson's example must be deterministic", len(exp.Outcomes))
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
			for _, at := range marks[name] {
				if markStep(res.Trace, at) < 0 {
					t.Errorf("no step prints a line containing %q: the lesson's step that matters is missing", at)
				}
			}
		})
	}
}

// markStep is the first step printing a line that contains text, or -1.
func markStep(tr *sim.Trace, text string) int {
	for i, s := range tr.All() {
		if s.Kind == sim.KindOutput && strings.Contains(tr.Output[s.Arg].Text, text) {
			return i
		}
	}
	return -1
}

// TestExamplesLive re-runs each example under the node on the PATH and checks
// that its recording is still what node prints. Skipped without node v20.
func TestExamplesLive(t *testing.T) { scenariotest.CheckLive(t, "examples", rerecord) }

func TestMain(m *testing.M) { os.Exit(m.Run()) }
