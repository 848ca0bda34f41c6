// An error on the destination unpipes the source; the source keeps its data and does not end.
const { Readable, Writable } = require('stream');
const src = new Readable({ objectMode: true, read() {} });
const dst = new Writable({
  objectMode: true,
  write(c, e, cb) {
    if (c === 2) cb(new Error('write failed'));
    else { console.log('write', c); cb(); }
  },
});
dst.on('unpipe', () => console.log('dst unpipe'));
dst.on('error', (e) => console.log('dst error', e.message));
dst.on('close', () => console.log('dst close'));
src.on('end', () => console.log('src end (never)'));
src.on('close', () => console.log('src close (never)'));
src.pipe(dst);
src.push(1);
src.push(2);
src.push(3);
setTimeout(() => console.log('src flowing', src.readableFlowing, 'destroyed', src.destroyed, 'buffered', src.readableLength), 5);
