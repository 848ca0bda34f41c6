// A Duplex has independent sides: 'finish' for the writable side, 'end' for the readable side, 'close' after both.
const { Duplex } = require('stream');
const d = new Duplex({
  objectMode: true,
  read() {},
  write(chunk, enc, cb) {
    console.log('write', chunk);
    this.push('echo:' + chunk);
    cb();
  },
});
d.on('data', (c) => console.log('data', c));
d.on('finish', () => console.log('finish'));
d.on('end', () => console.log('end'));
d.on('close', () => console.log('close'));
d.write('a');
d.end('b');
setTimeout(() => {
  console.log('readable side still open:', d.readable, 'writable:', d.writable);
  d.push(null);
}, 5);
console.log('instanceof', d instanceof require('stream').Readable, d instanceof require('stream').Writable);
