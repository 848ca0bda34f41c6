// server.close() stops accepting at once, but 'close' waits until the last open connection has closed
const net = require('net');
const server = net.createServer((sock) => {
  console.log('server: connection');
  server.close(() => console.log('server: close event (all connections gone)'));
  console.log('server.listening after close():', server.listening);
  server.getConnections((err, n) => console.log('connections open:', n));
  setTimeout(() => {
    console.log('server: ending the connection');
    sock.end('bye');
  }, 20);
  sock.on('close', () => console.log('server: socket closed'));
});
server.listen(0, '127.0.0.1', () => {
  const port = server.address().port;
  const c = net.connect(port, '127.0.0.1');
  c.setEncoding('utf8');
  c.on('data', (d) => console.log('client: data', d));
  c.on('end', () => console.log('client: end'));
  c.on('close', () => {
    console.log('client: close');
    const again = net.connect(port, '127.0.0.1');
    again.on('error', (e) => console.log('new connection:', e.code));
  });
});
