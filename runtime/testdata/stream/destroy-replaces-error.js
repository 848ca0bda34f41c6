// _destroy may swap the error: 'error' carries what _destroy called back with.
const { Writable } = require('stream');
const w = new Writable({
  write(c, e, cb) { cb(); },
  destroy(err, cb) { cb(new Error('cleanup failed')); },
});
w.on('error', (err) => console.log('error', err.message));
w.on('close', () => console.log('close'));
w.destroy();
console.log('errored', w.errored && w.errored.message);
