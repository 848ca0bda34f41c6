package runtime_test

import "testing"

// modulePrograms are the programs of the smaller built-in modules and web
// globals: url and URL, querystring, string_decoder, readline (on files and
// on an empty stdin), perf_hooks and the crypto global. Each prints values
// and the order of its callbacks, never dates or real durations, so that
// node shows one outcome.
var modulePrograms = programSet{
	dir:      "testdata/modules",
	min:      40,
	rerecord: "re-record with: go run ./scenarios/record -runs 10 -dir runtime/testdata/modules runtime/testdata/modules/",
}

// TestModulePrograms compares every module program with node's recording.
func TestModulePrograms(t *testing.T) { modulePrograms.check(t) }

// TestModuleProgramsLive checks the recordings against the node on the PATH.
func TestModuleProgramsLive(t *testing.T) { modulePrograms.checkLive(t) }
