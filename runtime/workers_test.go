package runtime_test

import "testing"

// workerPrograms are the programs of worker_threads, SharedArrayBuffer and
// Atomics: each worker is an event loop of its own on the one virtual clock.
// They avoid what node leaves to chance between threads (a worker's console
// output against the messages it posts around the same time, start-up times
// against the main thread's timers), so that node shows one outcome.
// The named programs (messages and exit, ping-pong, a CPU-heavy
// worker beside a heartbeat, Atomics.wait) are in scenarios/corpus as worker-*.
var workerPrograms = programSet{
	dir:      "testdata/workers",
	min:      15,
	rerecord: "re-record with: go run ./scenarios/record -runs 10 -dir runtime/testdata/workers runtime/testdata/workers/",
}

// TestWorkerPrograms compares every worker program with node's recording.
func TestWorkerPrograms(t *testing.T) { workerPrograms.check(t) }

// TestWorkerProgramsLive checks the recordings against the node on the PATH.
func TestWorkerProgramsLive(t *testing.T) { workerPrograms.checkLive(t) }
