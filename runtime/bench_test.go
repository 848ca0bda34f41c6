package runtime_test

import (
	"fmt"
	"os"
	"path/filepath"
	goruntime "runtime"
	"runtime/debug"
	"testing"
	"time"

	"github.com/loopviz/loopviz/runtime"
)

// The benchmarks behind docs/PERFORMANCE.md. Each reports recorded steps per
// second and the heap each recorded step costs.

const puzzle = `console.log('script start');
setTimeout(() => console.log('setTimeout'), 0);
Promise.resolve().then(() => console.log('promise1')).then(() => console.log('promise2'));
process.nextTick(() => console.log('nextTick'));
async function async1() { console.log('async1 start'); await async2(); console.log('async1 end'); }
async function async2() { console.log('async2'); }
async1();
setImmediate(() => console.log('setImmediate'));
queueMicrotask(() => console.log('microtask'));
console.log('script end');
`

const promiseChain = `let p = Promise.resolve(0);
for (let i = 0; i < 1000000; i++) p = p.then(v => v + 1);
p.then(v => console.log(v));
`

const nextTicks = `let n = 0;
function tick() { if (++n < 1000000) process.nextTick(tick); else console.log(n); }
process.nextTick(tick);
`

func writeProgram(b *testing.B, src string) string {
	b.Helper()
	path := filepath.Join(b.TempDir(), "bench.js")
	if err := os.WriteFile(path, []byte(src), 0o644); err != nil {
		b.Fatal(err)
	}
	return path
}

// benchGCPercent is the garbage collector setting cmd/loopviz runs with.
const benchGCPercent = 400

func benchProgram(b *testing.B, src, want string, opts runtime.Options) {
	defer debug.SetGCPercent(debug.SetGCPercent(benchGCPercent))
	file := writeProgram(b, src)
	opts.File = file
	var steps int
	var heap uint64
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		var before, after goruntime.MemStats
		if i == 0 {
			goruntime.GC()
			goruntime.ReadMemStats(&before)
		}
		res, err := runtime.Run(opts)
		if err != nil {
			b.Fatal(err)
		}
		if res.Stop != nil {
			b.Fatalf("stopped: %s", res.Stop.Message)
		}
		if got := res.Stdout(); got != want {
			b.Fatalf("stdout = %q, want %q", got, want)
		}
		if i == 0 {
			b.StopTimer()
			goruntime.GC()
			goruntime.ReadMemStats(&after)
			heap = after.HeapAlloc - before.HeapAlloc
			goruntime.KeepAlive(res)
			b.StartTimer()
		}
		steps = res.Trace.Len()
	}
	b.ReportMetric(float64(steps), "steps/run")
	b.ReportMetric(float64(steps)*float64(b.N)/b.Elapsed().Seconds(), "steps/s")
	b.ReportMetric(float64(heap)/float64(steps), "B/step")
}

// BenchmarkPuzzle is a ten-line event-loop puzzle, end to end.
func BenchmarkPuzzle(b *testing.B) {
	benchProgram(b, puzzle, "script start\nasync1 start\nasync2\nscript end\nnextTick\npromise1\nasync1 end\nmicrotask\npromise2\nsetImmediate\nsetTimeout\n", runtime.Options{})
}

// BenchmarkPromiseChain is a chain of one million promise reactions.
func BenchmarkPromiseChain(b *testing.B) {
	benchProgram(b, promiseChain, "1000000\n", runtime.Options{MaxSteps: 50_000_000, MaxStatements: 50_000_000})
}

// BenchmarkNextTicks is one million process.nextTick callbacks.
func BenchmarkNextTicks(b *testing.B) {
	benchProgram(b, nextTicks, "1000000\n", runtime.Options{MaxSteps: 50_000_000, MaxStatements: 50_000_000})
}

// concurrentReadFiles starts 1,000 fs.readFile calls at once: 4,000 pool jobs
// (open, fstat, read, close each) queued for four slots.
const concurrentReadFiles = `const fs = require('fs');
let done = 0, bytes = 0;
for (let i = 0; i < 1000; i++) {
  fs.readFile(__filename, (err, data) => {
    if (err) throw err;
    bytes += data.length;
    if (++done === 1000) console.log(done, bytes > 0);
  });
}
`

// BenchmarkConcurrentReadFiles is 1,000 concurrent fs.readFile calls.
func BenchmarkConcurrentReadFiles(b *testing.B) {
	benchProgram(b, concurrentReadFiles, "1000 true\n", runtime.Options{})
}

// streamBigFile pipes big.bin through a Writable in 64 KiB chunks.
const streamBigFile = `const fs = require('fs');
const path = require('path');
const { Writable } = require('stream');
let bytes = 0, chunks = 0;
const sink = new Writable({
  write(chunk, encoding, callback) { bytes += chunk.length; chunks++; callback(); },
});
fs.createReadStream(path.join(__dirname, 'big.bin')).pipe(sink).on('finish', () => console.log(chunks, bytes));
`

// BenchmarkStreamBigFile streams a 10 MiB and a 100 MiB file through pipe in
// 64 KiB chunks (160 and 1,600 pool reads). It reports the peak heap during
// the run and the heap the finished run retains. No chunk outlives its
// write: what is retained is the trace (about 21 steps a chunk), and the
// peak is that plus the garbage the collector lets build up at cmd/loopviz's
// GC setting, far below the file's size.
func BenchmarkStreamBigFile(b *testing.B) {
	for _, mib := range []int{10, 100} {
		b.Run(fmt.Sprintf("%dMiB", mib), func(b *testing.B) {
			size := int64(mib) << 20
			file := writeProgram(b, streamBigFile)
			big, err := os.Create(filepath.Join(filepath.Dir(file), "big.bin"))
			if err != nil {
				b.Fatal(err)
			}
			if err := big.Truncate(size); err != nil {
				b.Fatal(err)
			}
			big.Close()
			want := fmt.Sprintf("%d %d\n", size/(64<<10), size)
			defer debug.SetGCPercent(debug.SetGCPercent(benchGCPercent))
			var peak, retained uint64
			var steps int
			b.ReportAllocs()
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				var before, after goruntime.MemStats
				goruntime.GC()
				goruntime.ReadMemStats(&before)
				stop := samplePeakHeap(&peak)
				res, err := runtime.Run(runtime.Options{File: file})
				stop()
				if err != nil {
					b.Fatal(err)
				}
				if got := res.Stdout(); got != want {
					b.Fatalf("stdout = %q, want %q (stderr %s)", got, want, res.Stderr())
				}
				b.StopTimer()
				goruntime.GC()
				goruntime.ReadMemStats(&after)
				retained = after.HeapAlloc - before.HeapAlloc
				steps = res.Trace.Len()
				goruntime.KeepAlive(res)
				b.StartTimer()
			}
			b.ReportMetric(float64(peak)/(1<<20), "peak-heap-MiB")
			b.ReportMetric(float64(retained)/(1<<20), "retained-MiB")
			b.ReportMetric(float64(steps), "steps/run")
		})
	}
}

// samplePeakHeap records the largest heap in use, sampled every millisecond,
// until the returned function is called.
func samplePeakHeap(peak *uint64) (stop func()) {
	done := make(chan struct{})
	finished := make(chan struct{})
	go func() {
		defer close(finished)
		tick := time.NewTicker(time.Millisecond)
		defer tick.Stop()
		for {
			var m goruntime.MemStats
			goruntime.ReadMemStats(&m)
			*peak = max(*peak, m.HeapInuse)
			select {
			case <-done:
				return
			case <-tick.C:
			}
		}
	}()
	return func() { close(done); <-finished }
}
