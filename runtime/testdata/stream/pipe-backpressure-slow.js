// pipe into a slow writable: the source pauses when write() returns false and resumes on 'drain'.
const { Readable, Writable } = require('stream');
let n = 0;
const src = new Readable({
  objectMode: true,
  highWaterMark: 2,
  read() {
    n++;
    console.log('_read', n);
    if (n > 6) this.push(null);
    else this.push(n);
  },
});
const dst = new Writable({
  objectMode: true,
  highWaterMark: 2,
  write(chunk, enc, cb) {
    console.log('  write', chunk, 'buffered', this.writableLength);
    setTimeout(() => { console.log('  done', chunk); cb(); }, 10);
  },
});
src.on('pause', () => console.log('src pause'));
src.on('resume', () => console.log('src resume'));
dst.on('drain', () => console.log('dst drain'));
dst.on('finish', () => console.log('dst finish'));
src.on('end', () => console.log('src end'));
src.pipe(dst);
