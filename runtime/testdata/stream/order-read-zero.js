// read(0) asks _read for data without consuming; the data arrives as 'readable' on a nextTick.
const { Readable } = require('stream');
const r = new Readable({
  read() {
    console.log('_read called');
    this.push('x');
  },
});
console.log('read(0) ->', r.read(0));
console.log('length', r.readableLength);
r.on('readable', () => {
  console.log('readable, length', r.readableLength);
  r.read();
  r.destroy();
});
process.nextTick(() => console.log('tick'));
