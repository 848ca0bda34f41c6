// write() on a destroyed stream: ERR_STREAM_DESTROYED to the callback on a nextTick; no 'error' event.
const { Writable } = require('stream');
const w = new Writable({ write(c, e, cb) { cb(); } });
w.on('error', (e) => console.log('error event', e.code));
w.on('close', () => console.log('close'));
w.destroy();
console.log('write returned', w.write('x', (err) => console.log('write cb', err.code, err.message)));
w.end((err) => console.log('end cb', err.code));
