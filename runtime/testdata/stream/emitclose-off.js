// emitClose: false: destroyed and closed, but no 'close' event.
const { Readable, Writable } = require('stream');
const r = new Readable({ emitClose: false, read() { this.push(null); } });
r.on('end', () => console.log('end'));
r.on('close', () => console.log('close (never)'));
r.resume();
const w = new Writable({ emitClose: false, write(c, e, cb) { cb(); } });
w.on('finish', () => console.log('finish'));
w.on('close', () => console.log('w close (never)'));
w.end('x');
setTimeout(() => console.log('r', r.destroyed, r.closed, 'w', w.destroyed, w.closed), 5);
