// Destroying a Duplex with a write in flight: queued writes and end() fail with ERR_STREAM_DESTROYED after it completes.
const { Duplex, Writable, Readable } = require('stream');
console.log(Duplex.prototype.destroy === Writable.prototype.destroy, Duplex.prototype.destroy === Readable.prototype.destroy);
const d = new Duplex({ objectMode: true, read() {}, write(c, e, cb) { console.log('write', c); setTimeout(cb, 5); } });
d.on('close', () => console.log('close'));
d.write(1, (err) => console.log('cb1', err && err.code));
d.write(2, (err) => console.log('cb2', err && err.code));
d.end((err) => console.log('end cb', err && err.code));
process.nextTick(() => console.log('t0'));
d.destroy();
process.nextTick(() => console.log('t1'));
