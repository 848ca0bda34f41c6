// Backpressure: a Writable that takes 10 ms per chunk; write() returns false once 3 chunks are buffered (highWaterMark 3), the producer waits for 'drain' and never overfills
const { Writable } = require('stream');
const slow = new Writable({
  objectMode: true,
  highWaterMark: 3,
  write(chunk, enc, done) {
    setTimeout(() => {
      console.log('  wrote', chunk, 'buffered now', slow.writableLength - 1);
      done();
    }, 10);
  },
});
let next = 1;
function produce() {
  while (next <= 8) {
    const ok = slow.write(next);
    console.log('write', next, '->', ok, 'buffered', slow.writableLength);
    next++;
    if (!ok) {
      console.log('full: waiting for drain');
      slow.once('drain', () => {
        console.log('drain');
        produce();
      });
      return;
    }
  }
  slow.end(() => console.log('all written'));
}
produce();
