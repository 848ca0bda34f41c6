// Atomics.waitAsync in a worker: the worker's loop keeps running (its timer fires) until the main thread's notify resolves the wait
const { Worker } = require('worker_threads');
const shared = new Int32Array(new SharedArrayBuffer(4));
const w = new Worker(`
const { workerData, parentPort } = require('worker_threads');
const { value } = Atomics.waitAsync(workerData, 0, 0);
const ticker = setInterval(() => {}, 5);
value.then((r) => {
  clearInterval(ticker);
  parentPort.postMessage('wait resolved: ' + r + ', value ' + Atomics.load(workerData, 0));
});
parentPort.postMessage('waiting without blocking');
`, { eval: true, workerData: shared });
w.on('message', (m) => {
  console.log(m);
  if (m.startsWith('waiting')) {
    setTimeout(() => {
      Atomics.store(shared, 0, 7);
      console.log('woke', Atomics.notify(shared, 0));
    }, 30);
  }
});
w.on('exit', (c) => console.log('exit', c));
