// Connecting to a port nobody listens on: 'error' with ECONNREFUSED on a nextTick after the poll phase, then 'close' (hadError true) in the close phase
const net = require('net');
const c = net.connect(1, '127.0.0.1');
console.log('connecting:', c.connecting, c.pending, c.readyState);
c.on('error', (err) => {
  console.log('error:', err.message);
  console.log(err.errno, err.code, err.syscall, err.address, err.port, Object.keys(err));
  setImmediate(() => console.log('immediate queued in the error listener'));
});
c.on('close', (hadError) => console.log('close, hadError =', hadError, c.readyState, c.destroyed));
c.on('connect', () => console.log('never connects'));
