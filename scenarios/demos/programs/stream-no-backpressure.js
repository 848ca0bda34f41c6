// The same source and slow writable, written with on('data') and write()'s false ignored: the buffer takes everything
const { Readable, Writable } = require('stream');
let n = 0;
const source = new Readable({
  highWaterMark: 4,
  objectMode: true,
  read() { this.push(++n <= 20 ? 'chunk ' + n : null); },
});
const slow = new Writable({
  highWaterMark: 4,
  objectMode: true,
  write(chunk, enc, done) { setTimeout(done, 10); }, // 10 ms per chunk
});
slow.on('drain', () => console.log('drain: the writable has room again'));
source.on('end', () => console.log('source done; the writable still holds', slow.writableLength, 'chunks'));
source.on('data', (chunk) => slow.write(chunk)); // false ignored: nothing pauses the source
source.on('end', () => slow.end(() => console.log('all 20 chunks written')));
