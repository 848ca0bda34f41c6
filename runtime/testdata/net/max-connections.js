// server.maxConnections: connections beyond the limit are closed at once and reported with a 'drop' event
const net = require('net');
const server = net.createServer((sock) => {
  console.log('server: connection');
  sock.on('close', () => console.log('server: accepted socket closed'));
});
server.maxConnections = 1;
server.on('drop', (info) => console.log('server: drop', info.remoteAddress, info.localAddress, typeof info.remotePort));
server.listen(0, '127.0.0.1', () => {
  const port = server.address().port;
  const a = net.connect(port, '127.0.0.1', () => console.log('a: connect'));
  const b = net.connect(port, '127.0.0.1', () => console.log('b: connect'));
  b.on('end', () => console.log('b: end (dropped)'));
  b.on('close', () => {
    console.log('b: close');
    a.destroy();
    server.close(() => console.log('server: closed'));
  });
  b.resume();
});
