// The server's 'connection' and the client's 'connect' both run in the first poll phase after connect(), the server's first; the connect() to an IP starts on a nextTick
const net = require('net');
const server = net.createServer((sock) => {
  console.log('server: connection');
  sock.end();
});
server.listen(0, '127.0.0.1', () => {
  const c = net.connect(server.address().port, '127.0.0.1', () => console.log('client: connect'));
  c.on('ready', () => console.log('client: ready'));
  c.on('end', () => console.log('client: end'));
  c.on('close', () => {
    console.log('client: close');
    server.close();
  });
  process.nextTick(() => console.log('tick after connect()'));
  setImmediate(() => console.log('immediate after connect()'));
  setTimeout(() => console.log('timeout 0 after connect()'), 0);
});
