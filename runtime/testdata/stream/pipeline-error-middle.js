// An error in the middle of a pipeline destroys every stream; the callback gets that error.
const { pipeline, Readable, Transform, Writable } = require('stream');
const src = new Readable({ objectMode: true, read() {} });
const t = new Transform({
  objectMode: true,
  transform(c, e, cb) {
    if (c === 2) cb(new Error('transform failed on 2'));
    else cb(null, c);
  },
});
const dst = new Writable({ objectMode: true, write(c, e, cb) { console.log('write', c); cb(); } });
for (const [name, s] of [['src', src], ['t', t], ['dst', dst]]) {
  s.on('close', () => console.log(name, 'close, destroyed', s.destroyed));
  s.on('error', (e) => console.log(name, 'error', e.name, e.message));
}
pipeline(src, t, dst, (err) => console.log('callback:', err.message));
src.push(1);
src.push(2);
src.push(3);
