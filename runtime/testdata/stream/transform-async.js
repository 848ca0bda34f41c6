// A Transform calling back from a timer: writes queue behind it; flush runs after the last transform.
const { Transform } = require('stream');
const t = new Transform({
  transform(chunk, enc, cb) {
    console.log('transform', String(chunk));
    setTimeout(() => cb(null, '<' + chunk + '>'), 3);
  },
  flush(cb) {
    console.log('flush');
    setTimeout(() => { this.push('[flushed]'); cb(); }, 3);
  },
});
t.setEncoding('utf8');
t.on('data', (d) => console.log('data', d));
t.on('end', () => console.log('end'));
t.on('finish', () => console.log('finish'));
t.on('prefinish', () => console.log('prefinish'));
t.on('close', () => console.log('close'));
t.write('a');
t.write('b');
t.end('c');
