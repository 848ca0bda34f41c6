// Readable.from(array) against ticks and microtasks: values flow from the resume tick; 'close' waits for the iterator to be closed (microtasks), then two ticks.
const { Readable } = require('stream');
const r = Readable.from([1, 2, 3]);
console.log('objectMode', r.readableObjectMode, 'hwm', r.readableHighWaterMark);
r.on('data', (d) => console.log('data', d));
r.on('end', () => {
  console.log('end');
  process.nextTick(() => console.log('tick after end'));
  Promise.resolve().then(() => console.log('microtask after end'));
});
r.on('close', () => console.log('close'));
process.nextTick(() => console.log('tick'));
Promise.resolve().then(() => console.log('microtask'));
setTimeout(() => console.log('timeout'), 0);
