package runtime_test

import (
	"errors"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/loopviz/loopviz/runtime"
)

// fuzzBudget is the wall time one fuzzed run may take. The bounds below stop
// any program long before it (a few hundred milliseconds at most); a run that
// takes longer has found a hole in the bounds: a native loop that no
// statement hook sees, or an allocation nothing caps.
const fuzzBudget = 10 * time.Second

// FuzzRun: any input gives a Result (possibly a syntax error or a stopped
// run, each with a message) or an InputError, never a panic or an internal
// error, and ends within fuzzBudget under small bounds. Seeds: the engine
// corpus and the hostile-input table.
//
//	go test -fuzz FuzzRun -run '^$' -parallel 1 ./runtime/
func FuzzRun(f *testing.F) {
	files, _ := filepath.Glob("../scenarios/corpus/*.js")
	for _, file := range files {
		if data, err := os.ReadFile(file); err == nil {
			f.Add(data)
		}
	}
	for _, h := range hostileSeeds {
		f.Add([]byte(h))
	}
	dir := f.TempDir()
	main := filepath.Join(dir, "main.js")
	f.Fuzz(func(t *testing.T, src []byte) {
		start := time.Now()
		res, err := runtime.Run(runtime.Options{File: main, Source: src, MaxStatements: 100_000, MaxSteps: 20_000})
		if took := time.Since(start); took > fuzzBudget {
			t.Errorf("the run took %v, over its budget of %v", took, fuzzBudget)
		}
		var ie *runtime.InputError
		switch {
		case errors.As(err, &ie):
			if ie.Msg == "" {
				t.Fatal("an input error without a message")
			}
			return
		case err != nil:
			t.Fatalf("%T: %v", err, err)
		}
		if res.Stop != nil && res.Stop.Message == "" {
			t.Fatal("a stop without a message")
		}
		if res.ExitCode != 0 && res.Stop == nil && res.Stderr() == "" && res.ExitCode == 1 {
			t.Fatalf("exit code 1 with nothing on stderr\nstdout:\n%s", res.Stdout())
		}
	})
}

// hostileSeeds are the programs of the hostile-input table, so that the
// fuzzer starts from the edges.
var hostileSeeds = []string{
	"",
	"// only a comment\n",
	"\ufeffconsole.log('bom')\n",
	"console.log('a');\r\nconsole.log('b');\r\n",
	"throw 42\n",
	"console.log({ get x() { throw new Error('getter') } })\n",
	"console.log(new Proxy({}, { get() { throw new Error('trap') } }))\n",
	"while (true) {}\n",
	"function f() { return Promise.resolve().then(f) } f()\n",
	"const s = 'x'.repeat(1e9); console.log(s.length)\n",
	"const a = new Array(1e9).fill(0); console.log(a.length)\n",
	"queueMicrotask(() => process.exit(3)); console.log('sync')\n",
	"console.log(process.env)\n",
	"require('fs').writeFileSync('x.txt', 'hi'); console.log(require('fs').readFileSync('x.txt', 'utf8'))\n",
	"import fs from 'fs'\n",
	"require('./missing')\n",
}
