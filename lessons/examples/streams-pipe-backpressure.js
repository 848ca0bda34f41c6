// pipe() respects backpressure: a fast source is paused while a slow writable's buffer is full, so memory stays bounded
const { Readable, Writable } = require('stream');
let produced = 0;
let most = 0;
const source = new Readable({
  objectMode: true,
  highWaterMark: 2,
  read() {
    produced++;
    this.push(produced <= 10 ? produced : null);
  },
});
const slow = new Writable({
  objectMode: true,
  highWaterMark: 2,
  write(n, enc, done) {
    most = Math.max(most, slow.writableLength);
    setTimeout(done, 5);
  },
});
source.pipe(slow).on('finish', () => {
  console.log('10 items written; the writable never held more than', most, 'at once');
});
