// cork() buffers writes; uncork() flushes them (to _writev when there is one).
const { Writable } = require('stream');
const w = new Writable({
  objectMode: true,
  write(chunk, enc, cb) { console.log('_write', chunk); cb(); },
  writev(chunks, cb) {
    console.log('_writev', chunks.map((c) => c.chunk).join(','));
    cb();
  },
});
w.cork();
w.write('a', () => console.log('cb a'));
w.write('b', () => console.log('cb b'));
w.write('c');
console.log('corked', w.writableCorked, 'length', w.writableLength);
process.nextTick(() => {
  w.uncork();
  console.log('uncorked, length', w.writableLength);
});
const w2 = new Writable({ objectMode: true, write(chunk, enc, cb) { console.log('w2 _write', chunk); cb(); } });
w2.cork();
w2.write(1);
w2.write(2);
w2.cork();
w2.uncork();
console.log('w2 still corked', w2.writableCorked);
w2.end(3);
w2.on('finish', () => console.log('w2 finish'));
