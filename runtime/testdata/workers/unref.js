// worker.unref(): a worker that would run forever no longer keeps the process alive
const { Worker } = require('worker_threads');
const w = new Worker(`setInterval(() => {}, 1000);`, { eval: true });
w.unref();
process.on('exit', (c) => console.log('main exits', c));
setTimeout(() => console.log('main timer'), 10);
