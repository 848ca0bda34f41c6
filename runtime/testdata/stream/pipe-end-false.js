// pipe(dst, { end: false }) leaves the destination open after the source ends.
const { Readable, Writable } = require('stream');
const dst = new Writable({ objectMode: true, write(c, e, cb) { console.log('write', c); cb(); } });
dst.on('finish', () => console.log('dst finish'));
const a = Readable.from(['a1', 'a2']);
a.on('end', () => {
  console.log('a end; dst writable', dst.writable);
  const b = Readable.from(['b1']);
  b.pipe(dst);
  b.on('end', () => console.log('b end'));
});
a.pipe(dst, { end: false });
