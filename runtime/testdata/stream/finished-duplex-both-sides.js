// finished() on a Duplex waits for both sides: 'finish' and 'end', then 'close'.
const { Duplex, finished } = require('stream');
const d = new Duplex({ read() {}, write(c, e, cb) { cb(); } });
finished(d, (err) => console.log('duplex finished', err));
d.on('finish', () => console.log('finish'));
d.on('end', () => console.log('end'));
d.on('close', () => console.log('close'));
d.end('x');
d.push(null);
d.resume();
