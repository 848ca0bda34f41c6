// A _construct that fails destroys the stream with the error.
const { Writable } = require('stream');
const w = new Writable({
  construct(cb) { cb(new Error('cannot open')); },
  write(chunk, enc, cb) { console.log('never'); cb(); },
});
w.on('error', (e) => console.log('error', e.message));
w.on('close', () => console.log('close'));
w.write('x', (err) => console.log('write cb', err && err.message));
process.nextTick(() => console.log('tick 1'));
process.nextTick(() => process.nextTick(() => console.log('tick 2')));
