// Readable -> Transform -> Writable with pipe; chunks pass synchronously through the transform.
const { Readable, Transform, Writable } = require('stream');
const src = Readable.from(['hello', 'stream', 'world'], { objectMode: false });
const upper = new Transform({
  transform(chunk, enc, cb) {
    console.log('transform', String(chunk));
    cb(null, String(chunk).toUpperCase());
  },
  flush(cb) {
    console.log('flush');
    cb(null, '!');
  },
});
const out = [];
const dst = new Writable({
  write(chunk, enc, cb) { console.log('write', String(chunk)); out.push(String(chunk)); cb(); },
});
upper.on('end', () => console.log('upper end'));
upper.on('finish', () => console.log('upper finish'));
upper.on('close', () => console.log('upper close'));
dst.on('finish', () => console.log('dst finish', out.join(' ')));
dst.on('close', () => console.log('dst close'));
src.pipe(upper).pipe(dst);
