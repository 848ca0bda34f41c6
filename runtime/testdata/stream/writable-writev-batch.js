// With _writev, chunks that queue up while a write is in flight go out in one batch.
const { Writable } = require('stream');
const w = new Writable({
  objectMode: true,
  write(chunk, enc, cb) {
    console.log('_write', chunk);
    setTimeout(cb, 2);
  },
  writev(chunks, cb) {
    console.log('_writev', chunks.map((c) => c.chunk));
    setTimeout(cb, 2);
  },
});
for (let i = 1; i <= 5; i++) w.write(i, () => console.log('cb', i));
w.end(() => console.log('end cb'));
