// Errors from _flush and _final: 'error' then 'close', no 'finish'; the end() callback gets the _final error.
const { Transform, Writable } = require('stream');
const t = new Transform({ transform(c, e, cb) { cb(null, c); }, flush(cb) { cb(new Error('flush failed')); } });
t.on('error', (e) => console.log('t error', e.message));
t.on('close', () => console.log('t close'));
t.on('finish', () => console.log('t finish'));
t.resume();
t.end('x');
const w = new Writable({ write(c, e, cb) { cb(); }, final(cb) { setTimeout(() => cb(new Error('final failed')), 1); } });
w.on('error', (e) => console.log('w error', e.message));
w.on('close', () => console.log('w close'));
w.on('finish', () => console.log('w finish'));
w.end((err) => console.log('w end cb', err && err.message));
