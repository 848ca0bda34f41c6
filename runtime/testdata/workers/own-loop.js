// A worker has an event loop of its own, and its script runs inside it: setImmediate beats setTimeout(0) there every time
const { Worker } = require('worker_threads');
const w = new Worker(`
console.log('worker sync');
setTimeout(() => {
  console.log('worker timeout');
  setTimeout(() => console.log('worker timeout in timer'), 0);
  setImmediate(() => console.log('worker immediate in timer'));
}, 0);
setImmediate(() => console.log('worker immediate'));
process.nextTick(() => console.log('worker tick'));
Promise.resolve().then(() => console.log('worker promise'));
`, { eval: true });
w.on('exit', (c) => console.log('exit', c));
