// terminate() right after new Worker(): the worker never comes online, and 'exit' reports code 1
const { Worker } = require('worker_threads');
const w = new Worker(`console.log('never printed')`, { eval: true });
w.on('online', () => console.log('online (never)'));
w.on('exit', (c) => console.log('exit', c));
w.terminate().then((c) => console.log('terminate resolved', c));
console.log('terminate requested');
