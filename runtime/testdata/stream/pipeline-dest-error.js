// The destination fails: the source is destroyed too, and the callback gets the error.
const { pipeline, Readable, Writable } = require('stream');
const src = new Readable({ objectMode: true, read() {} });
src.on('close', () => console.log('src close, destroyed', src.destroyed));
const dst = new Writable({
  objectMode: true,
  write(c, e, cb) { setTimeout(() => cb(new Error('no space')), 2); },
});
dst.on('error', (e) => console.log('dst error', e.message));
pipeline(src, dst, (err) => console.log('callback', err.message));
src.push('x');
