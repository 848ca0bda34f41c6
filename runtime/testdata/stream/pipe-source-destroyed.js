// Destroying a piped source with an error: the destination is unpiped but not ended or closed.
const { Readable, Writable } = require('stream');
const src = new Readable({ read() {} });
const dst = new Writable({ write(c, e, cb) { console.log('write', String(c)); cb(); } });
src.pipe(dst);
src.push('1');
setTimeout(() => {
  src.destroy(new Error('src failed'));
}, 1);
src.on('error', (e) => console.log('src error', e.message));
dst.on('unpipe', () => console.log('dst unpipe'));
dst.on('close', () => console.log('dst close (never)'));
src.on('close', () => console.log('src close'));
setTimeout(() => console.log('dst writable', dst.writable), 10);
