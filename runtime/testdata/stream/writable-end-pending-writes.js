// end() with writes still in flight: 'finish' waits for them; the end callback runs just before 'finish'.
const { Writable } = require('stream');
const w = new Writable({
  objectMode: true,
  write(chunk, enc, cb) {
    console.log('_write', chunk);
    setTimeout(() => { console.log('ack', chunk); cb(); }, 3);
  },
});
w.on('prefinish', () => console.log('prefinish'));
w.on('finish', () => console.log('finish'));
w.on('close', () => console.log('close'));
w.write('x', () => console.log('cb x'));
w.write('y', () => console.log('cb y'));
w.end('z', () => console.log('end cb'));
console.log('writable', w.writable, 'writableEnded', w.writableEnded);
