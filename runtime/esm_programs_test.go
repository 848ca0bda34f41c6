package runtime_test

import "testing"

// ES module programs that need a package.json of their own (the corpus has
// none): .js files under "type": "module", and .js files node detects as ES
// modules in a package.json without a type (with its warning). Helper modules
// live in lib/, which the program set does not list.
var (
	esmTypedPrograms = programSet{
		dir:      "testdata/esm-typed",
		min:      4,
		rerecord: "re-record with: go run ./scenarios/record -runs 10 -dir runtime/testdata/esm-typed runtime/testdata/esm-typed/",
	}
	esmTypelessPrograms = programSet{
		dir:      "testdata/esm-typeless",
		min:      3,
		rerecord: "re-record with: go run ./scenarios/record -runs 10 -dir runtime/testdata/esm-typeless runtime/testdata/esm-typeless/",
	}
)

// TestESMPackagePrograms compares the programs with node's recordings.
func TestESMPackagePrograms(t *testing.T) {
	esmTypedPrograms.check(t)
	esmTypelessPrograms.check(t)
}

// TestESMPackageProgramsLive checks the recordings against the node on the PATH.
func TestESMPackageProgramsLive(t *testing.T) {
	esmTypedPrograms.checkLive(t)
	esmTypelessPrograms.checkLive(t)
}
