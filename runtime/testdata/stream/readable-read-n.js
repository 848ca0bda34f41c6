// read(n) returns n bytes or null when fewer are buffered (until the end, when the rest comes out).
const { Readable } = require('stream');
const r = new Readable({ read() {} });
r.push('abcdefgh');
r.push('ijk');
r.push(null);
r.once('readable', () => {
  console.log(String(r.read(3)));
  console.log(String(r.read(6)));
  console.log(r.read(5));
  console.log('length', r.readableLength);
  console.log(String(r.read()));
  console.log(r.read());
});
r.on('end', () => console.log('end'));
