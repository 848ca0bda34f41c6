// A worker posts three messages and ends: each 'message' is its own callback with a drain after it, then 'exit'
const { Worker, isMainThread, parentPort, workerData, threadId } = require('worker_threads');
if (isMainThread) {
  console.log('main', threadId, parentPort, workerData);
  const w = new Worker(__filename, { workerData: { n: 3 } });
  w.on('online', () => console.log('online'));
  w.on('message', (m) => {
    console.log('got', m);
    process.nextTick(() => console.log('tick after', m));
    Promise.resolve().then(() => console.log('micro after', m));
  });
  w.on('exit', (code) => console.log('exit', code, w.threadId));
  console.log('worker', w.threadId, 'created');
} else {
  console.log('worker start', workerData, threadId);
  for (let i = 0; i < workerData.n; i++) parentPort.postMessage(i);
}
