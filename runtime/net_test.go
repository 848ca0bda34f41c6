package runtime_test

import "testing"

// netPrograms are the programs of the net and http modules: servers and
// clients on loopviz's simulated loopback network. They print orders and
// counts (never ports, dates or durations), so that node shows one outcome,
// and most pin down the phase or tick an event lands in with the program's
// own nextTicks, promises, immediates and timers as markers.
var netPrograms = programSet{
	dir:      "testdata/net",
	min:      40,
	rerecord: "re-record with: go run ./scenarios/record -runs 10 -dir runtime/testdata/net runtime/testdata/net/",
}

// TestNetPrograms compares every net and http program with node's recording.
func TestNetPrograms(t *testing.T) { netPrograms.check(t) }

// TestNetProgramsLive checks the recordings against the node on the PATH.
func TestNetProgramsLive(t *testing.T) { netPrograms.checkLive(t) }
