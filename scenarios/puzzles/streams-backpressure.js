const { Writable } = require('stream');
const w = new Writable({
  highWaterMark: 3,
  write(chunk, enc, cb) {
    setTimeout(cb, 5);
  },
});
console.log('first write ok: ' + w.write('ab'));
console.log('second write ok: ' + w.write('cd'));
w.on('drain', () => console.log('drain'));
