// 'readable' mode: read() until null in each 'readable' event; 'end' after the last one.
const { Readable } = require('stream');
const r = new Readable({ read() {} });
r.push('hello ');
r.push('world');
r.on('readable', () => {
  console.log('readable, length', r.readableLength);
  let chunk;
  while ((chunk = r.read()) !== null) console.log('read', JSON.stringify(chunk.toString()));
});
r.on('end', () => console.log('end'));
process.nextTick(() => console.log('tick'));
setTimeout(() => {
  r.push('later');
  r.push(null);
  console.log('pushed later + null');
}, 5);
