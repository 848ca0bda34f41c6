// autoDestroy: false keeps the stream alive after 'end'/'finish' (no 'close'); errors are emitted without destroying.
const { Readable, Writable } = require('stream');
const r = new Readable({ autoDestroy: false, read() { this.push(null); } });
r.on('end', () => console.log('r end, destroyed', r.destroyed));
r.on('close', () => console.log('r close (never)'));
r.resume();
const w = new Writable({ autoDestroy: false, write(c, e, cb) { cb(new Error('nope')); } });
w.on('error', (e) => console.log('w error', e.message, 'destroyed', w.destroyed));
w.on('close', () => console.log('w close (never)'));
w.write('x', (e) => console.log('w cb', e.message));
setTimeout(() => {
  console.log('later: r destroyed', r.destroyed, 'w destroyed', w.destroyed);
  r.destroy();
}, 5);
