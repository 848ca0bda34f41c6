const { Writable } = require('stream');
const w = new Writable({
  write(chunk, enc, cb) {
    console.log('write ' + chunk);
    cb();
  },
});
w.on('finish', () => console.log('finish'));
w.on('close', () => console.log('close'));
w.write('1');
w.end('2', () => console.log('end callback'));
console.log('sync done');
