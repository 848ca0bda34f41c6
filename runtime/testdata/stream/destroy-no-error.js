// destroy() without an error: only 'close'; a second destroy() is a no-op.
const { Writable } = require('stream');
const w = new Writable({ write(c, e, cb) { cb(); } });
w.on('close', () => console.log('close', w.closed));
w.on('error', (e) => console.log('error (never)', e));
w.on('finish', () => console.log('finish (never)'));
w.destroy();
w.destroy(new Error('too late'));
console.log('destroyed', w.destroyed, 'errored', w.errored);
w.write('x', (err) => console.log('write cb', err.code));
w.end((err) => console.log('end cb', err && err.code));
