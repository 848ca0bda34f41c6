// A connection the server resets before the client saw it complete fails as a connect error (ECONNRESET); one still queued when the server closes fails the same way
const net = require('net');
const server = net.createServer((sock) => {
  console.log('server: connection, resetting it and closing');
  sock.resetAndDestroy();
  server.close(() => console.log('server: closed'));
});
server.listen(0, '127.0.0.1', () => {
  const port = server.address().port;
  for (const name of ['first', 'second']) {
    const c = net.connect(port, '127.0.0.1', () => console.log(name, 'connected (never)'));
    c.on('error', (e) => console.log(name, 'error:', e.message.replace(String(port), 'PORT'), e.syscall));
    c.on('close', (hadError) => console.log(name, 'close', hadError));
  }
});
