package runtime_test

import "testing"

// childPrograms are the programs of child_process: node children (fork,
// spawn and exec of `node script`) are processes with event loops of their
// own; echo, cat, sleep, true and false are simulated, never run. Fork with
// IPC and spawn of echo are in scenarios/corpus as child-*.
var childPrograms = programSet{
	dir:      "testdata/children",
	min:      11,
	rerecord: "re-record with: go run ./scenarios/record -runs 10 -dir runtime/testdata/children runtime/testdata/children/",
}

// TestChildPrograms compares every child_process program with node's recording.
func TestChildPrograms(t *testing.T) { childPrograms.check(t) }

// TestChildProgramsLive checks the recordings against the node on the PATH.
func TestChildProgramsLive(t *testing.T) { childPrograms.checkLive(t) }
