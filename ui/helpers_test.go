package ui

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/loopviz/loopviz/runtime"
)

// corpusDir holds the engine corpus, the programs the tests draw.
const corpusDir = "../scenarios/corpus"

// runCorpus runs a corpus program as if it lived at /loopviz/NAME.js, so that
// paths in its output (an uncaught error's report) are the same on every
// machine and in every checkout.
func runCorpus(tb testing.TB, name string) *Run {
	tb.Helper()
	src, err := os.ReadFile(filepath.Join(corpusDir, name+".js"))
	if err != nil {
		tb.Fatal(err)
	}
	return runSource(tb, "/loopviz/"+name+".js", src)
}

// runSource runs program text under a virtual absolute path.
func runSource(tb testing.TB, file string, src []byte) *Run {
	tb.Helper()
	opts := runtime.Options{File: file, Source: src}
	res, err := runtime.Run(opts)
	if err != nil {
		tb.Fatal(err)
	}
	return &Run{File: res.File, Trace: res.Trace, ExitCode: res.ExitCode, Stop: res.Stop,
		PoolSize: runtime.ThreadpoolSizeOf(opts), Sources: map[string][]byte{res.File: src}}
}
