// unpipe(): 'unpipe' on the destination at once, the source pauses, the destination is not ended.
const { Readable, Writable } = require('stream');
const src = new Readable({ objectMode: true, read() {} });
const dst = new Writable({ objectMode: true, write(c, e, cb) { console.log('write', c); cb(); } });
dst.on('unpipe', (s) => console.log('unpipe, from src:', s === src));
dst.on('finish', () => console.log('finish (never)'));
src.on('pause', () => console.log('src pause'));
src.pipe(dst);
src.push(1);
setTimeout(() => {
  src.push(2);
  src.unpipe(dst);
  console.log('after unpipe: flowing', src.readableFlowing, 'pipes', src._readableState.pipes.length);
  src.push(3);
  console.log('buffered', src.readableLength);
}, 5);
