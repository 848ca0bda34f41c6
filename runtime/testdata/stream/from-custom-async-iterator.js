// Readable.from over a hand-written async iterator: next() per value, return() when the stream is destroyed early.
const { Readable } = require('stream');
const it = {
  i: 0,
  [Symbol.asyncIterator]() { return this; },
  next() { this.i++; console.log('next', this.i); return Promise.resolve(this.i > 3 ? { done: true } : { value: this.i, done: false }); },
  return() { console.log('return called'); return Promise.resolve({ done: true }); },
};
const r = Readable.from(it);
r.on('data', (d) => { console.log('data', d); if (d === 2) r.destroy(); });
r.on('close', () => console.log('close'));
process.nextTick(() => console.log('tick'));
