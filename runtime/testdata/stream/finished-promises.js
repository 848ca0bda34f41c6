// stream/promises finished resolves or rejects.
const { finished } = require('stream/promises');
const { Readable, Writable } = require('stream');
const r = Readable.from([1, 2, 3]);
r.on('data', (d) => console.log('data', d));
finished(r).then(() => console.log('r finished'));
const w = new Writable({ write(c, e, cb) { cb(new Error('fail')); } });
w.on('error', () => {});
finished(w).catch((e) => console.log('w rejected', e.message));
w.write('x');
Promise.resolve().then(() => console.log('microtask'));
