// Buffered (like exec) versus streamed (like spawn): readFile hands over the whole file once, a read stream in chunks
const fs = require('fs');
fs.readFile(__filename, (err, whole) => {
  if (err) throw err;
  console.log('buffered: one callback with all', whole.length > 500 ? 'of the file' : 'bytes');
  let chunks = 0;
  fs.createReadStream(__filename, { highWaterMark: 128 })
    .on('data', () => chunks++)
    .on('end', () => console.log('streamed: the same bytes arrived in', chunks, 'chunks of at most 128 bytes'));
});
