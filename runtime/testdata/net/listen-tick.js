// listen() without a host binds at once (address() works right away); 'listening' is emitted on a nextTick
const net = require('net');
const server = net.createServer();
server.on('listening', () => console.log('listening event, listening =', server.listening));
server.listen(0, () => {
  console.log('listen callback');
  server.close(() => console.log('closed'));
});
const addr = server.address();
console.log('after listen(): listening =', server.listening, addr.address, addr.family, addr.port > 0);
process.nextTick(() => console.log('nextTick queued after listen()'));
Promise.resolve().then(() => console.log('microtask'));
setImmediate(() => console.log('immediate'));
