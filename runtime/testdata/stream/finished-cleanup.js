// finished() returns a cleanup function; options readable/writable pick the side to wait for.
const { finished, PassThrough, Duplex } = require('stream');
const p = new PassThrough();
const cleanup = finished(p, () => console.log('never called'));
cleanup();
p.end('x');
p.resume();
p.on('close', () => console.log('p close'));
const d = new Duplex({ read() {}, write(c, e, cb) { cb(); } });
finished(d, { readable: false }, (err) => console.log('writable side done', err));
finished(d, { writable: false }, (err) => console.log('readable side done', err));
d.end('x');
setTimeout(() => {
  console.log('now end the readable side');
  d.push(null);
  d.resume();
}, 5);
