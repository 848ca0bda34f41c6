// finished(): called once the stream is done (after 'close' when one is coming), with the error if any.
const { finished, Readable, Writable } = require('stream');
const r = Readable.from(['a', 'b']);
r.on('end', () => console.log('r end'));
r.on('close', () => console.log('r close'));
finished(r, (err) => console.log('r finished', err));
r.resume();
const w = new Writable({ write(c, e, cb) { cb(); } });
w.on('finish', () => console.log('w finish'));
w.on('close', () => console.log('w close'));
finished(w, (err) => console.log('w finished', err));
w.end('x');
const e = new Writable({ write(c, enc, cb) { cb(new Error('broken')); } });
e.on('error', () => console.log('e error event'));
finished(e, (err) => console.log('e finished', err.message));
e.write('x');
