// a worker thread started from an ES module file runs as an ES module too: promise reactions before nextTicks
import { Worker } from 'node:worker_threads';
const worker = new Worker(new URL('./modules/esm-worker-thread.mjs', import.meta.url), { workerData: 7 });
worker.on('message', (m) => console.log('message:', m));
worker.on('exit', (code) => console.log('worker exit', code));
console.log('main top level done');
