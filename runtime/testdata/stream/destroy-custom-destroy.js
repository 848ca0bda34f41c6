// A custom _destroy that calls back later delays 'error' and 'close'; the destroy(err, cb) callback sees the error.
const { Readable } = require('stream');
const r = new Readable({
  read() {},
  destroy(err, cb) {
    console.log('_destroy with', err && err.message);
    setTimeout(() => {
      console.log('_destroy done');
      cb(err);
    }, 5);
  },
});
r.on('error', (err) => console.log('error', err.message));
r.on('close', () => console.log('close'));
r.destroy(new Error('stop'), (err) => console.log('destroy cb', err && err.message));
console.log('destroyed now', r.destroyed);
