// One source piped to two destinations; the slower one sets the pace ('pause' until both drain).
const { Readable, Writable } = require('stream');
let n = 0;
const src = new Readable({
  objectMode: true,
  highWaterMark: 1,
  read() {
    n++;
    console.log('_read', n);
    this.push(n <= 4 ? n : null);
  },
});
function dest(name, delay) {
  const w = new Writable({
    objectMode: true,
    highWaterMark: 1,
    write(c, e, cb) {
      console.log(name, 'write', c);
      if (delay) setTimeout(cb, delay); else cb();
    },
  });
  w.on('drain', () => console.log(name, 'drain'));
  w.on('finish', () => console.log(name, 'finish'));
  return w;
}
src.on('pause', () => console.log('src pause'));
src.on('resume', () => console.log('src resume'));
src.on('end', () => console.log('src end'));
src.pipe(dest('fast', 0));
src.pipe(dest('slow', 5));
