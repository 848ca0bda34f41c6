// read(n) in object mode returns one object; in byte mode n bytes across chunks, null when not enough, the rest after the end.
const { Readable } = require('stream');
const r = new Readable({ read() {}, objectMode: true });
r.push('a'); r.push('b'); r.push('c');
console.log(r.read(2), r.read(0), r.read(), r.readableLength);
const b = new Readable({ read() {} });
b.push('hello'); b.push('world');
console.log(String(b.read(7)), String(b.read(1)), b.read(10), b.readableLength);
b.push(null);
console.log(String(b.read(10)), b.readableLength);
