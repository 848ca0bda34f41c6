// Plain objects and arrays cross threads as copies: nested values, undefined, NaN and -0 survive; the receiver's copy is its own
const { Worker } = require('worker_threads');
const w = new Worker(`
const { parentPort } = require('worker_threads');
parentPort.on('message', (m) => {
  m.seen = true;
  m.list.push('added by worker');
  parentPort.postMessage(m);
});
`, { eval: true });
const original = { n: 1, s: 'two', list: [1, [2, [3]], { deep: { er: true } }], u: undefined, nan: NaN, neg: -0, nul: null, big: 2 ** 53 };
w.on('message', (m) => {
  console.log(m);
  console.log('original untouched:', original.seen === undefined, original.list.length, Object.is(m.neg, -0), 'u' in m);
  w.terminate();
});
w.postMessage(original);
