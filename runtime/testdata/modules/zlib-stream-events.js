// A gzip stream works chunk by chunk on the threadpool: the header comes out with the first chunk, the write callback follows its output, end() finishes the writable side at once and the readable side one pool job later.
const zlib = require('zlib');
const gz = zlib.createGzip();
console.log(gz.constructor.name, gz.bytesWritten, typeof gz.flush, typeof gz.close);
let pieces = 0;
gz.on('data', () => console.log('data', ++pieces));
for (const e of ['prefinish', 'finish', 'end', 'close']) gz.on(e, () => console.log(e));
gz.write('hello ', () => {
  console.log('first write done, bytesWritten', gz.bytesWritten);
  setTimeout(() => {
    gz.end(() => console.log('end callback, bytesWritten', gz.bytesWritten));
    process.nextTick(() => console.log('tick after end()'));
  }, 5);
});
process.nextTick(() => console.log('tick'));
