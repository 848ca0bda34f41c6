// An uncaught error in a worker: its own 'exit' listeners run, the parent gets 'error' with a copy of the error, then 'exit' 1
const { Worker } = require('worker_threads');
const w = new Worker(`
const { parentPort } = require('worker_threads');
process.on('exit', (c) => console.log('worker exit listener', c));
parentPort.on('message', (m) => {
  if (m === 'boom') throw new TypeError('bad ' + m);
  parentPort.postMessage(m + '!');
});
`, { eval: true });
w.on('message', (m) => { console.log('main got', m); w.postMessage('boom'); });
w.on('error', (e) => console.log('error event', e instanceof TypeError, e.name, e.message));
w.on('exit', (c) => console.log('exit', c));
w.postMessage('hi');
