// write() after end(): the callback gets ERR_STREAM_WRITE_AFTER_END on a nextTick and the stream is destroyed with it.
const { Writable } = require('stream');
const w = new Writable({ write(c, e, cb) { cb(); } });
w.on('error', (err) => console.log('error event', err.code, err.message));
w.on('close', () => console.log('close'));
w.on('finish', () => console.log('finish'));
w.end('last');
const ret = w.write('more', (err) => console.log('write cb', err && err.code));
console.log('write returned', ret);
process.nextTick(() => console.log('tick'));
