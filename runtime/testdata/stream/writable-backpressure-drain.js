// Backpressure: write() returns false at the high-water mark; 'drain' comes once the queue empties, before the last write callback.
const { Writable } = require('stream');
const w = new Writable({
  highWaterMark: 3,
  objectMode: true,
  write(chunk, enc, cb) {
    setTimeout(() => {
      console.log('written', chunk);
      cb();
    }, 5);
  },
});
w.on('drain', () => {
  console.log('drain, length', w.writableLength, 'needDrain', w.writableNeedDrain);
  process.nextTick(() => console.log('tick after drain'));
});
for (let i = 1; i <= 4; i++) {
  const ok = w.write(i, () => console.log('cb', i));
  console.log('write', i, ok, 'length', w.writableLength, 'needDrain', w.writableNeedDrain);
}
