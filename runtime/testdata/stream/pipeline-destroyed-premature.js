// Destroying a stream of a pipeline without an error: the callback gets ERR_STREAM_PREMATURE_CLOSE.
const { pipeline, PassThrough, Writable } = require('stream');
const src = new PassThrough();
const dst = new Writable({ write(c, e, cb) { cb(); } });
pipeline(src, dst, (err) => console.log('callback', err && err.code, err && err.message));
src.write('x');
setTimeout(() => dst.destroy(), 1);
