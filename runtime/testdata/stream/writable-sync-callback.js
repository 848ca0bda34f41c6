// A _write that calls back synchronously: the write callbacks run on one nextTick, after the user's earlier ticks.
const { Writable } = require('stream');
const w = new Writable({
  write(chunk, enc, cb) {
    console.log('_write', chunk.toString(), enc);
    cb();
  },
});
process.nextTick(() => console.log('tick 1'));
w.write('a', () => console.log('cb a'));
w.write('b', () => console.log('cb b'));
process.nextTick(() => console.log('tick 2'));
Promise.resolve().then(() => console.log('microtask'));
console.log('sync done');
