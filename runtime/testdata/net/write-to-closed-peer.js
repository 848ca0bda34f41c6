// Writing to a connection the peer has destroyed: the first write is accepted, the peer's reset then fails the socket with ECONNRESET or EPIPE
const net = require('net');
const server = net.createServer((sock) => {
  sock.destroy();
  server.close();
});
server.listen(0, '127.0.0.1', () => {
  const c = net.connect(server.address().port, '127.0.0.1');
  c.on('end', () => {
    console.log('client: end (the peer closed), writing anyway');
    c.write('anyone there?');
  });
  c.on('error', (err) => console.log('client: error', err.code));
  c.on('close', (hadError) => console.log('client: close', hadError));
  c.setNoDelay(true);
  c.on('connect', () => console.log('client: connect'));
}).on('error', () => {});
