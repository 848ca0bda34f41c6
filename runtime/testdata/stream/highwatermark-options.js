// highWaterMark, readableHighWaterMark and writableHighWaterMark on each kind of stream.
const { Readable, Writable, Duplex, Transform } = require('stream');
const r = new Readable({ highWaterMark: 5 });
const w = new Writable({ highWaterMark: 7 });
console.log(r.readableHighWaterMark, w.writableHighWaterMark);
const d = new Duplex({ readableHighWaterMark: 3, writableHighWaterMark: 9 });
console.log(d.readableHighWaterMark, d.writableHighWaterMark);
const d2 = new Duplex({ highWaterMark: 4, readableHighWaterMark: 3 });
console.log(d2.readableHighWaterMark, d2.writableHighWaterMark);
const t = new Transform({ readableObjectMode: true });
console.log(t.readableHighWaterMark, t.writableHighWaterMark, t.readableObjectMode, t.writableObjectMode);
const o = new Readable({ objectMode: true });
console.log(o.readableHighWaterMark);
const z = new Writable({ highWaterMark: 0, write(c, e, cb) { setTimeout(cb, 1); } });
console.log('hwm 0 write returns', z.write('x'));
z.on('drain', () => console.log('drain'));
