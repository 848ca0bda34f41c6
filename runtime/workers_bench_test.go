package runtime_test

import (
	"testing"

	"github.com/loopviz/loopviz/runtime"
)

// eightWorkers is the worker issue's benchmark: 8 worker threads each post
// 10,000 messages (small objects, so each is structured-cloned as text) to
// the main thread, which counts them.
const eightWorkers = `const { Worker } = require('worker_threads');
let got = 0, exited = 0;
for (let i = 0; i < 8; i++) {
  const w = new Worker(` + "`" + `
    const { parentPort, workerData } = require('worker_threads');
    for (let j = 0; j < 10000; j++) parentPort.postMessage({ from: workerData, j });
  ` + "`" + `, { eval: true, workerData: i });
  w.on('message', () => { got++; });
  w.on('exit', () => { if (++exited === 8) console.log(got); });
}
`

// BenchmarkWorkers is 8 workers each posting 10,000 messages.
func BenchmarkWorkers(b *testing.B) {
	benchProgram(b, eightWorkers, "80000\n", runtime.Options{})
}
