// destroy() closes the socket at once, but 'close' runs in the close phase, after setImmediate callbacks queued with it; the peer sees an end
const net = require('net');
const server = net.createServer((sock) => {
  sock.on('end', () => console.log('server: end (the peer closed)'));
  sock.on('close', (hadError) => {
    console.log('server: close', hadError);
    server.close(() => console.log('server: closed'));
  });
});
server.listen(0, '127.0.0.1', () => {
  const c = net.connect(server.address().port, '127.0.0.1', () => {
    c.destroy();
    console.log('destroyed:', c.destroyed, c.readyState);
    process.nextTick(() => console.log('nextTick after destroy'));
    setImmediate(() => console.log('immediate after destroy'));
  });
  c.on('close', (hadError) => console.log('client: close', hadError));
  c.on('end', () => console.log('client: never ends, it was destroyed'));
});
