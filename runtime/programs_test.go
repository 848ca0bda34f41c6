package runtime_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/loopviz/loopviz/runtime"
	"github.com/loopviz/loopviz/scenarios"
	"github.com/loopviz/loopviz/scenarios/scenariotest"
)

// programSet is a folder of test programs for one area of the runtime (the
// stream module, the network...): beside each X.js sits X.node.json, what
// node printed for it, recorded with scenarios/record. Each program's first
// line is a // comment saying what it shows, and node must show one outcome.
type programSet struct {
	dir      string // relative to the runtime package
	min      int    // the fewest programs the set may hold
	rerecord string // how to re-record one program: the command, to which its file name is appended
}

// check runs every program under loopviz and compares stdout, the exit code
// and the essentials of stderr with node's recording.
func (ps programSet) check(t *testing.T) {
	dir, err := filepath.Abs(ps.dir)
	if err != nil {
		t.Fatal(err)
	}
	files, err := scenarios.CorpusFiles(dir)
	if err != nil {
		t.Fatal(err)
	}
	if len(files) < ps.min {
		t.Errorf("%s has %d programs, want at least %d", ps.dir, len(files), ps.min)
	}
	for _, file := range files {
		name := filepath.Base(file)
		t.Run(strings.TrimSuffix(name, ".js"), func(t *testing.T) {
			src, err := os.ReadFile(file)
			if err != nil {
				t.Fatal(err)
			}
			if scenarios.Header(string(src)) == "" {
				t.Errorf("%s: the first line must be a // comment saying what the program shows", name)
			}
			exp, err := scenarios.ReadExpectation(scenarios.ExpectationPath(file))
			if err != nil {
				t.Fatalf("%v (%s%s)", err, ps.rerecord, name)
			}
			if exp.Racy() {
				t.Fatalf("node showed %d outcomes for %s: these programs must be deterministic", len(exp.Outcomes), name)
			}
			res, err := runtime.Run(runtime.Options{File: file})
			if err != nil {
				t.Fatal(err)
			}
			if res.Stop != nil {
				t.Fatalf("stopped: %s", res.Stop.Message)
			}
			checkOutput(t, res, exp.Outcomes[0], dir)
		})
	}
}

// checkLive re-runs each program under the node on the PATH and checks that
// the recording is still what node prints: a stale recording fails here.
// Skipped without node v20.
func (ps programSet) checkLive(t *testing.T) { scenariotest.CheckLive(t, ps.dir, ps.rerecord) }

// checkOutput compares a run with what node printed (scenarios.Compare):
// stdout or the exit code differing ends the test, stderr alone does not.
func checkOutput(t *testing.T, res *runtime.Result, want scenarios.Outcome, dir string) {
	t.Helper()
	if msg, fatal := scenarios.Compare(res.Stdout(), res.Stderr(), res.ExitCode, want, dir); fatal {
		t.Fatal(msg)
	} else if msg != "" {
		t.Error(msg)
	}
}
