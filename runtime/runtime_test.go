package runtime_test

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/loopviz/loopviz/runtime"
	"github.com/loopviz/loopviz/sim"
)

func runSource(t *testing.T, src string, opts runtime.Options) *runtime.Result {
	t.Helper()
	path := filepath.Join(t.TempDir(), "prog.js")
	if err := os.WriteFile(path, []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	opts.File = path
	res, err := runtime.Run(opts)
	if err != nil {
		t.Fatal(err)
	}
	return res
}

// The virtual clock makes timing output deterministic, unlike node's.
func TestVirtualClock(t *testing.T) {
	tests := []struct {
		name, src, want string
	}{
		{"console.time over a busy wait", `console.time('work');
const t = Date.now(); while (Date.now() - t < 25) {}
console.timeEnd('work');`, "work: 25.0"},
		{"Date.now starts at the fixed epoch", `console.log(new Date().toISOString())`, "2025-01-01T00:00:00.0"},
		{"a timer sees its delay pass", `const t = Date.now(); setTimeout(() => console.log(Date.now() - t), 100);`, "100\n"},
		{"performance.now counts from the bootstrap", `console.log(Math.floor(performance.now()))`, "30\n"},
		{"hrtime differences", `const s = process.hrtime(); setTimeout(() => { const [sec, ns] = process.hrtime(s); console.log(sec, Math.round(ns / 1e6)) }, 1500)`, "1 500\n"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			res := runSource(t, tc.src, runtime.Options{})
			if !strings.Contains(res.Stdout(), tc.want) {
				t.Errorf("stdout %q does not contain %q", res.Stdout(), tc.want)
			}
			again := runSource(t, tc.src, runtime.Options{})
			if again.Stdout() != res.Stdout() {
				t.Errorf("not deterministic: %q then %q", res.Stdout(), again.Stdout())
			}
		})
	}
}

func TestSeededRandom(t *testing.T) {
	src := `console.log(Math.random(), Math.random())`
	a := runSource(t, src, runtime.Options{Seed: 1}).Stdout()
	b := runSource(t, src, runtime.Options{Seed: 1}).Stdout()
	c := runSource(t, src, runtime.Options{Seed: 2}).Stdout()
	if a != b || a == c {
		t.Errorf("seed 1: %q and %q; seed 2: %q", a, b, c)
	}
}

func TestVirtualEnvironment(t *testing.T) {
	res := runSource(t, `console.log(process.env.HOME, process.env.MODE, process.pid, process.argv.length)`,
		runtime.Options{Env: []string{"MODE=test"}, Args: []string{"a"}})
	if got := res.Stdout(); got != "undefined test 4242 3\n" {
		t.Errorf("got %q", got)
	}
}

func TestThreadpoolSizeFromEnv(t *testing.T) {
	for _, tc := range []struct {
		opts runtime.Options
		want int
	}{
		{runtime.Options{}, 4},
		{runtime.Options{Env: []string{"UV_THREADPOOL_SIZE=8"}}, 8},
		{runtime.Options{ThreadpoolSize: 2, Env: []string{"UV_THREADPOOL_SIZE=8"}}, 2},
	} {
		if got := runtime.ThreadpoolSizeOf(tc.opts); got != tc.want {
			t.Errorf("%+v: threadpool %d, want %d", tc.opts, got, tc.want)
		}
	}
}

func TestDeepRecursionIsACatchableRangeError(t *testing.T) {
	res := runSource(t, `function f(n) { return f(n + 1) + 1 }
try { f(0) } catch (e) { console.log(e instanceof RangeError, e.message) }
const g = (n) => g(n + 1);
try { g(0) } catch (e) { console.log(e.name) }
console.log('still running')`, runtime.Options{})
	if got := res.Stdout(); got != "true Maximum call stack size exceeded\nRangeError\nstill running\n" {
		t.Errorf("got %q (stop %v)", got, res.Stop)
	}
}

// TestAsyncRecursionDepth: async recursion goes as deep as in node (which
// printed this), and past that is a rejection, not a crash.
func TestAsyncRecursionDepth(t *testing.T) {
	res := runSource(t, `const deep = async (n) => (n === 0 ? 0 : 1 + (await deep(n - 1)));
deep(8000).then((v) => console.log('async depth', v));
deep(20000).then((v) => console.log(v), (e) => console.log('deep 20000:', e.message));`, runtime.Options{})
	if got, want := res.Stdout(), "async depth 8000\ndeep 20000: Maximum call stack size exceeded\n"; got != want {
		t.Errorf("got %q, want %q (stop %v)", got, want, res.Stop)
	}
}

func TestUncaughtDeepRecursion(t *testing.T) {
	res := runSource(t, `function f() { f() } f()`, runtime.Options{})
	if res.ExitCode != 1 || !strings.Contains(res.Stderr(), "RangeError: Maximum call stack size exceeded") {
		t.Errorf("exit %d, stderr %q", res.ExitCode, res.Stderr())
	}
}

func TestRunawayStopsAtTheSameStep(t *testing.T) {
	src := "let i = 0;\nwhile (true) { i++; }\n"
	a := runSource(t, src, runtime.Options{MaxStatements: 50_000})
	b := runSource(t, src, runtime.Options{MaxStatements: 50_000})
	if a.Stop == nil || a.Stop.Reason != "runaway" || !strings.Contains(a.Stop.Message, "prog.js:2") {
		t.Fatalf("stop = %+v", a.Stop)
	}
	if a.Trace.Len() != b.Trace.Len() || filepath.Base(a.Stop.Message) != filepath.Base(b.Stop.Message) {
		t.Errorf("runs differ: %d vs %d steps", a.Trace.Len(), b.Trace.Len())
	}
}

func TestStarvation(t *testing.T) {
	for _, src := range []string{
		"setTimeout(() => console.log('never'), 0);\nfunction again() { process.nextTick(again) }\nagain();\n",
		"setImmediate(() => console.log('never'));\nfunction again() { Promise.resolve().then(again) }\nagain();\n",
	} {
		res := runSource(t, src, runtime.Options{MaxSteps: 60_000})
		if res.Stop == nil || res.Stop.Reason != "starvation" || res.Stdout() != "" {
			t.Errorf("%q: stop %+v, stdout %q", src, res.Stop, res.Stdout())
		}
	}
}

// TestReceivedSymbol: node's argument errors describe a symbol as one.
func TestReceivedSymbol(t *testing.T) {
	res := runSource(t, `try { setTimeout(Symbol.iterator); } catch (e) { console.log(e.message); }`, runtime.Options{})
	if got, want := res.Stdout(), "The \"callback\" argument must be of type function. Received type symbol (Symbol(Symbol.iterator))\n"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

// TestStreamBufferLevels: a stream's buffer is on the trace, level by level
// against its highWaterMark, from its first buffered chunk to its close; a
// socket's write buffer is reported once, by the socket.
func TestStreamBufferLevels(t *testing.T) {
	tests := []struct {
		name, src string
		want      []string // the buffer steps' labels, in order
	}{
		{"a slow writable fills and drains",
			`const { Writable } = require('stream');
const w = new Writable({ objectMode: true, highWaterMark: 2, write(c, e, done) { setTimeout(done, 5); } });
w.write('a'); w.write('b'); w.end();`,
			[]string{"write buffer of Writable buffers 1 of 2", "write buffer of Writable buffers 2 of 2",
				"write buffer of Writable buffers 1 of 2", "write buffer of Writable buffers 0 of 2"}},
		{"a paused readable holds what was pushed",
			`const { Readable } = require('stream');
const r = new Readable({ read() {} });
r.push('abc'); r.push('de');
setTimeout(() => r.read(), 1);`,
			[]string{"read buffer of Readable buffers 3 of 16384", "read buffer of Readable buffers 5 of 16384",
				"read buffer of Readable buffers 0 of 16384"}},
		{"a stream that never buffers stays off the trace",
			`const { PassThrough } = require('stream');
const p = new PassThrough(); p.on('data', () => {}); p.end();`,
			nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := runSource(t, tt.src, runtime.Options{})
			var got []string
			for _, s := range res.Trace.All() {
				if s.Kind == sim.KindBuffer {
					got = append(got, s.Label)
				}
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("buffer steps:\n got %q\nwant %q", got, tt.want)
			}
		})
	}
}

// TestSocketWriteBufferReportedOnce: a socket's write buffer is on the trace
// under the socket's name, not a second time as a generic stream's.
func TestSocketWriteBufferReportedOnce(t *testing.T) {
	res := runSource(t, `const net = require('net');
const server = net.createServer((s) => s.on('data', () => { s.end(); server.close(); }));
server.listen(0, () => {
  const c = net.connect(server.address().port, () => c.write('hello'));
});`, runtime.Options{})
	var socket, generic int
	for _, s := range res.Trace.All() {
		if s.Kind != sim.KindBuffer {
			continue
		}
		switch {
		case strings.HasPrefix(s.Label, "write buffer of socket"):
			socket++
		case strings.Contains(s.Label, "write buffer of Socket"):
			generic++
		}
	}
	if socket == 0 || generic != 0 {
		t.Errorf("socket write buffer steps: %d under the socket's name (want some), %d generic (want none)", socket, generic)
	}
}
