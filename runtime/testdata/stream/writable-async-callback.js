// A _write that calls back from a timer: later writes queue up and go out one at a time.
const { Writable } = require('stream');
const w = new Writable({
  write(chunk, enc, cb) {
    console.log('_write', chunk.toString(), 'buffered', this.writableLength);
    setTimeout(() => {
      console.log('done', chunk.toString());
      cb();
    }, 10);
  },
});
for (const s of ['one', 'two', 'three']) {
  const ok = w.write(s, () => console.log('cb', s));
  console.log('write', s, '->', ok);
}
w.end(() => console.log('end callback'));
w.on('finish', () => console.log('finish'));
w.on('close', () => console.log('close'));
