// Package scenariotest holds what the tests of every package with recorded
// programs share: re-running those programs under the node on the PATH to
// check that each recording is still what node prints.
package scenariotest

import (
	"context"
	"errors"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/loopviz/loopviz/scenarios"
)

// RequireNode20 skips the test unless node v20, the version the programs
// were recorded with, is on the PATH.
func RequireNode20(t *testing.T) {
	t.Helper()
	version, err := scenarios.NodeVersion(context.Background())
	if errors.Is(err, scenarios.ErrNodeNotFound) {
		t.Skip("skipping: node is not on the PATH; install Node.js v20 to check the recordings")
	}
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(version, "v20.") {
		t.Skipf("skipping: node on the PATH is %s, the programs were recorded with v20", version)
	}
}

// CheckLive re-runs every program of dir (scenarios.CorpusFiles) under node,
// in parallel subtests, and fails on a program whose recording is stale: its
// stdout and exit code are none node printed now, or its stderr differs in
// its essentials. rerecord is the command that re-records one program, to
// which its file name is appended in the message. Skipped without node v20.
func CheckLive(t *testing.T, dir, rerecord string) {
	RequireNode20(t)
	dir, err := filepath.Abs(dir)
	if err != nil {
		t.Fatal(err)
	}
	files, err := scenarios.CorpusFiles(dir)
	if err != nil {
		t.Fatal(err)
	}
	for _, file := range files {
		name := filepath.Base(file)
		t.Run(strings.TrimSuffix(strings.TrimSuffix(name, ".js"), ".mjs"), func(t *testing.T) {
			t.Parallel()
			exp, err := scenarios.ReadExpectation(scenarios.ExpectationPath(file))
			if err != nil {
				t.Fatalf("%v (%s%s)", err, rerecord, name)
			}
			live, rec, err := scenarios.RecheckLive(context.Background(), file, exp)
			if err != nil {
				t.Fatal(err)
			}
			if rec == nil {
				t.Fatalf("node's output is not the recorded one (%s%s)\nlive, exit %d:\n%s\nrecorded, exit %d:\n%s",
					rerecord, name, live.Exit, live.Stdout, exp.Outcomes[0].Exit, exp.Outcomes[0].Stdout)
			}
			got, want := scenarios.StderrEssentials(live.Stderr), scenarios.StderrEssentials(rec.Stderr)
			if !slices.Equal(got, want) {
				t.Errorf("stderr essentials differ from the recording (%s%s)\nlive:     %q\nrecorded: %q",
					rerecord, name, got, want)
			}
		})
	}
}
