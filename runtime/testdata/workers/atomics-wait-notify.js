// Atomics.wait blocks a worker thread until the main thread changes shared memory and calls Atomics.notify
const { Worker } = require('worker_threads');
const shared = new SharedArrayBuffer(8);
const flags = new Int32Array(shared);
const w = new Worker(`
const { workerData, parentPort } = require('worker_threads');
const flags = new Int32Array(workerData);
parentPort.postMessage('about to wait');
const r = Atomics.wait(flags, 0, 0);
console.log('worker woke:', r, 'value', Atomics.load(flags, 0));
Atomics.add(flags, 1, 10);
parentPort.postMessage('done');
`, { eval: true, workerData: shared });
w.on('message', (m) => {
  console.log('main got', m);
  if (m === 'about to wait') {
    setTimeout(() => {
      Atomics.store(flags, 0, 42);
      console.log('notified', Atomics.notify(flags, 0) <= 1);
    }, 50);
  } else {
    console.log('worker added', Atomics.load(flags, 1));
  }
});
w.on('exit', (c) => console.log('exit', c));
