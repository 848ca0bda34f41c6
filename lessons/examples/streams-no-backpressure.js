// Ignoring write()'s false: on('data') keeps writing and the slow writable's buffer grows with the whole input
const { Readable, Writable } = require('stream');
const slow = new Writable({
  objectMode: true,
  highWaterMark: 2,
  write(n, enc, done) { setTimeout(done, 5); },
});
let refused = 0;
let most = 0;
Readable.from([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]).on('data', (n) => {
  if (!slow.write(n)) refused++; // the false is ignored: nothing pauses the source
  most = Math.max(most, slow.writableLength);
}).on('end', () => {
  console.log('write() said false', refused, 'times; the buffer held up to', most, 'items');
  slow.end(() => console.log('finally all written'));
});
