// Destroying a writable with queued writes fails their callbacks on a nextTick.
const { Writable } = require('stream');
const w = new Writable({
  objectMode: true,
  write(chunk, enc, cb) { console.log('_write', chunk); setTimeout(cb, 5); },
});
w.on('error', (e) => console.log('error', e.message));
w.on('close', () => console.log('close'));
w.write(1, (err) => console.log('cb 1', err && err.code));
w.write(2, (err) => console.log('cb 2', err && err.code));
w.write(3, (err) => console.log('cb 3', err && err.code));
w.end((err) => console.log('end cb', err && err.code));
process.nextTick(() => console.log('tick before destroy'));
w.destroy();
process.nextTick(() => console.log('tick after destroy'));
