// Closing a socket that still holds unread data sends a reset: the peer's read fails with ECONNRESET instead of ending
const net = require('net');
const server = net.createServer((sock) => {
  sock.pause();
  setTimeout(() => {
    sock.resetAndDestroy();
    server.close();
  }, 10);
});
server.listen(0, '127.0.0.1', () => {
  const c = net.connect(server.address().port, '127.0.0.1', () => c.write('unread'));
  c.on('error', (err) => console.log('client: error', err.message, err.code, err.errno, err.syscall));
  c.on('end', () => console.log('client: end (not reached)'));
  c.on('close', (hadError) => console.log('client: close, hadError =', hadError));
});
