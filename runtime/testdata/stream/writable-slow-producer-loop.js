// The classic producer loop: write until write() says no, wait for 'drain', continue.
const { Writable } = require('stream');
const w = new Writable({
  highWaterMark: 8,
  write(chunk, enc, cb) {
    setTimeout(cb, 2);
  },
});
let i = 0;
function produce() {
  let ok = true;
  while (i < 10 && ok) {
    i++;
    ok = w.write('ab' + i);
    console.log('wrote', i, 'ok', ok, 'length', w.writableLength);
  }
  if (i < 10) {
    console.log('waiting for drain');
    w.once('drain', produce);
  } else {
    w.end();
  }
}
produce();
w.on('finish', () => console.log('finish'));
w.on('close', () => console.log('close'));
