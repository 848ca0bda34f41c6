// A worker's console output goes through the main thread: while main is busy, the worker's lines wait behind main's
const { Worker } = require('worker_threads');
const w = new Worker(`console.log('worker says hi'); console.error('worker warns');`, { eval: true });
w.on('exit', () => console.log('worker exited'));
const t = Date.now();
while (Date.now() - t < 300) {}
console.log('main was busy for 300 ms');
