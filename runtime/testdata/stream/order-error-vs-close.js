// Errors while writing: the write callback first, then 'error', then 'close', each relative to the user's ticks.
const { Writable } = require('stream');
const w = new Writable({ write(c, e, cb) { cb(new Error('sync failure')); } });
w.on('error', (e) => console.log('error', e.message));
w.on('close', () => console.log('close'));
process.nextTick(() => console.log('tick before write'));
w.write('x', (err) => console.log('write cb', err.message));
process.nextTick(() => console.log('tick after write'));
Promise.resolve().then(() => console.log('microtask'));
