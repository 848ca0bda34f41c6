// a worker thread that is an ES module: its own loader, its own microtask-before-tick order
import { parentPort, workerData } from 'node:worker_threads';
process.nextTick(() => parentPort.postMessage('nextTick in the worker'));
Promise.resolve().then(() => parentPort.postMessage('promise reaction in the worker'));
parentPort.postMessage('worker top level, workerData ' + workerData);
