// A worker can start a worker of its own: each thread is a loop, and messages are relayed up the chain
const { Worker, isMainThread, parentPort, workerData } = require('worker_threads');
if (isMainThread) {
  const w = new Worker(__filename, { workerData: 1 });
  w.on('message', (m) => console.log('main got', m));
  w.on('exit', (c) => console.log('level 1 exit', c));
} else if (workerData === 1) {
  const inner = new Worker(__filename, { workerData: 2 });
  inner.on('message', (m) => parentPort.postMessage('relayed: ' + m));
  inner.on('exit', (c) => parentPort.postMessage('level 2 exit ' + c));
} else {
  parentPort.postMessage('hello from level 2');
}
