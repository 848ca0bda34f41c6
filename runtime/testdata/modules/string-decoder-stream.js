// Decoding a file streamed in 5-byte chunks: multi-byte characters cut at chunk edges come out whole, one data event (and one poll-phase read) at a time.
const fs = require('fs');
const path = require('path');
const { StringDecoder } = require('string_decoder');
const file = path.join(require('os').tmpdir(), `string-decoder-stream-${process.pid}.txt`);
fs.writeFileSync(file, 'naïve café — 😀 über\nzwei');
const decoder = new StringDecoder('utf8');
const stream = fs.createReadStream(file, { highWaterMark: 5 });
let chunks = 0;
stream.on('data', (chunk) => {
  chunks++;
  const text = decoder.write(chunk);
  console.log(chunks, chunk.length, JSON.stringify(text), decoder.lastNeed);
  process.nextTick(() => console.log('  tick after chunk', chunks));
});
stream.on('end', () => console.log('end', JSON.stringify(decoder.end())));
stream.on('close', () => {
  fs.unlinkSync(file);
  console.log('close');
});
setImmediate(() => console.log('immediate'));
