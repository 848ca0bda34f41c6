// allowHalfOpen: false ends the writable side a tick after the readable side ends.
const { Duplex } = require('stream');
const d = new Duplex({
  allowHalfOpen: false,
  read() {},
  write(c, e, cb) { cb(); },
});
d.on('end', () => {
  console.log('end');
  process.nextTick(() => console.log('tick after end'));
});
d.on('prefinish', () => console.log('prefinish'));
d.on('finish', () => console.log('finish'));
d.on('close', () => console.log('close'));
d.resume();
d.push(null);
