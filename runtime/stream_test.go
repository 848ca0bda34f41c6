package runtime_test

import "testing"

// streamPrograms are the stream module's programs. Most pin down the tick or
// microtask a stream event lands in, with the user's own nextTicks, promises
// and timers as markers.
var streamPrograms = programSet{
	dir:      "testdata/stream",
	min:      60,
	rerecord: "re-record with: go run ./scenarios/record -dir runtime/testdata/stream runtime/testdata/stream/",
}

// TestStreamPrograms compares every stream program with node's recording.
func TestStreamPrograms(t *testing.T) { streamPrograms.check(t) }

// TestStreamProgramsLive checks the recordings against the node on the PATH.
func TestStreamProgramsLive(t *testing.T) { streamPrograms.checkLive(t) }
