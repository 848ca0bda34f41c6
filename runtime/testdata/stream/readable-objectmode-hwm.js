// push() returns false at the high-water mark; _read is called again when the buffer drains below it.
const { Readable } = require('stream');
let next = 0;
const r = new Readable({
  objectMode: true,
  highWaterMark: 2,
  read() {
    console.log('_read, buffered', this.readableLength);
  },
});
console.log('hwm', r.readableHighWaterMark, r.readableObjectMode);
for (let i = 0; i < 4; i++) console.log('push', i, '->', r.push(i));
setTimeout(() => {
  console.log('read', r.read(), 'length', r.readableLength);
  console.log('read', r.read(), 'length', r.readableLength);
  console.log('read', r.read(), 'length', r.readableLength);
  process.nextTick(() => console.log('tick'));
}, 1);
