// A Transform whose readable side is not read holds the write callback back: writes pile up.
const { Transform } = require('stream');
const t = new Transform({
  objectMode: true,
  highWaterMark: 2,
  transform(chunk, enc, cb) {
    console.log('transform', chunk);
    cb(null, chunk);
  },
});
for (let i = 1; i <= 6; i++) {
  console.log('write', i, t.write(i, () => console.log('cb', i)), 'r', t.readableLength, 'w', t.writableLength);
}
setTimeout(() => {
  console.log('reading');
  let x;
  while ((x = t.read()) !== null) console.log('read', x);
}, 5);
