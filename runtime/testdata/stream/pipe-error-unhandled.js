// An error on a pipe destination with no listener is uncaught: exit code 1.
const { Readable, Writable } = require('stream');
process.on('exit', (c) => console.log('exit', c));
const r = Readable.from(['a']);
const w = new Writable({ write(c, e, cb) { cb(new Error('dest failed')); } });
r.pipe(w);
r.on('end', () => console.log('end'));
