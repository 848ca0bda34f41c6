// stream.isReadable, isErrored, isDisturbed, stream.destroy over a stream's life.
const stream = require('stream');
const r = stream.Readable.from([1]);
console.log('start', stream.isReadable(r), stream.isErrored(r), stream.isDisturbed(r));
r.on('data', () => console.log('data', stream.isDisturbed(r)));
r.on('end', () => console.log('end', stream.isReadable(r)));
r.on('close', () => {
  console.log('close', stream.isReadable(r));
  const w = new stream.Writable({ write(c, e, cb) { cb(); } });
  w.on('error', (e) => console.log('w error', e.message));
  w.on('close', () => console.log('w close', stream.isErrored(w), stream.isWritable(w)));
  stream.destroy(w, new Error('via stream.destroy'));
});
