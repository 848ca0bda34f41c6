// A server listening on the default address (::) sees an IPv4 client as ::ffff:127.0.0.1, family IPv6
const net = require('net');
const server = net.createServer((sock) => {
  console.log('server sees', sock.remoteAddress, sock.remoteFamily, 'on', sock.localAddress, sock.address().family);
  sock.end();
});
server.listen(0, () => {
  console.log('server address', server.address().address, server.address().family);
  const c = net.connect(server.address().port, '127.0.0.1', () => {
    console.log('client', c.localAddress, c.remoteAddress, c.remoteFamily, c.address().family);
  });
  c.resume();
  c.on('close', () => server.close());
});
