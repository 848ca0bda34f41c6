// write() returns false once the writable's buffer reaches its highWaterMark: the signal to stop and wait for 'drain'
const { Writable } = require('stream');
const disk = new Writable({
  highWaterMark: 8, // bytes
  write(chunk, encoding, done) {
    setTimeout(done, 5); // a slow destination: 5 ms per chunk
  },
});
console.log('write 4 bytes ->', disk.write('aaaa'), 'buffered', disk.writableLength);
console.log('write 4 bytes ->', disk.write('bbbb'), 'buffered', disk.writableLength);
console.log('write 4 bytes ->', disk.write('cccc'), 'buffered', disk.writableLength);
disk.on('drain', () => {
  console.log('drain: buffered', disk.writableLength, '- safe to write again');
  disk.end();
});
