// A write error in the middle of a queue: the failing callback, then the queued callbacks and end() with the error.
const { Writable } = require('stream');
const w = new Writable({ objectMode: true, write(c, e, cb) { setTimeout(() => cb(c === 2 ? new Error('e2') : null), 1); } });
w.on('error', (e) => console.log('error', e.message));
w.on('close', () => console.log('close'));
w.on('finish', () => console.log('finish'));
for (let i = 1; i <= 4; i++) w.write(i, (err) => console.log('cb', i, err && (err.code || err.message)));
w.end((err) => console.log('end cb', err && (err.code || err.message)));
