// An async write error: callback and 'error' in the same tick as the failing callback; 'close' a tick later.
const { Writable } = require('stream');
const w = new Writable({
  write(chunk, enc, cb) {
    setTimeout(() => {
      console.log('failing');
      process.nextTick(() => console.log('tick queued before cb(err)'));
      cb(new Error('disk full'));
      console.log('after cb(err)');
    }, 1);
  },
});
w.on('error', (err) => console.log('error', err.message));
w.on('close', () => console.log('close'));
w.write('a', (err) => console.log('cb a', err && err.message));
w.write('b', (err) => console.log('cb b', err && err.message));
