// The legacy Stream: an old-style emitter stream piped with Stream.prototype.pipe into a Writable.
const Stream = require('stream');
const { Writable } = Stream;
const old = new Stream();
old.readable = true;
const w = new Writable({ write(c, e, cb) { console.log('write', String(c)); cb(); } });
w.on('finish', () => console.log('finish'));
w.on('pipe', (src) => console.log('pipe from old stream:', src === old));
old.pipe(w);
old.emit('data', 'one');
old.emit('data', 'two');
old.emit('end');
