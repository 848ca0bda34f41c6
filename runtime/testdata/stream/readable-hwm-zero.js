// highWaterMark 0: _read is called only when someone reads.
const { Readable } = require('stream');
let n = 0;
const r = new Readable({
  objectMode: true,
  highWaterMark: 0,
  read() {
    n++;
    console.log('_read', n);
    setTimeout(() => this.push(n <= 3 ? n : null), 1);
  },
});
r.on('data', (d) => console.log('data', d));
r.on('end', () => console.log('end'));
