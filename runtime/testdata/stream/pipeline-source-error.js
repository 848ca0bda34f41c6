// The source fails: the other streams are destroyed (with the same error) and the callback gets the source error.
const { pipeline, Readable, PassThrough, Writable } = require('stream');
let n = 0;
const src = new Readable({
  read() {
    n++;
    if (n === 3) this.destroy(new Error('source broke'));
    else this.push('chunk' + n);
  },
});
const mid = new PassThrough();
const dst = new Writable({ write(c, e, cb) { console.log('write', String(c)); cb(); } });
mid.on('close', () => console.log('mid close', mid.destroyed));
dst.on('close', () => console.log('dst close', dst.destroyed));
dst.on('finish', () => console.log('dst finish (never)'));
pipeline(src, mid, dst, (err) => {
  console.log('callback', err && err.message);
});
