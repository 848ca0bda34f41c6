// A CPU-heavy worker does not block the main loop: the main thread's heartbeat keeps firing while the worker computes
const { Worker } = require('worker_threads');
const w = new Worker(`
const { parentPort } = require('worker_threads');
parentPort.on('message', (ms) => {
  const t = Date.now();
  let spins = 0;
  while (Date.now() - t < ms) spins++;
  parentPort.postMessage('computed for ' + ms + ' ms');
});
`, { eval: true });
let beats = 0;
let beatsBefore = -1;
w.on('online', () => {
  w.postMessage(300);
  const hb = setInterval(() => { beats++; }, 20);
  w.on('message', (m) => {
    console.log(m);
    console.log('heartbeat kept going while the worker computed:', beats >= 5);
    clearInterval(hb);
    w.terminate();
  });
});
w.on('exit', (c) => console.log('exit', c));
