// With allowHalfOpen the server keeps writing after the client ended its side; without it a socket ends its own side when the peer does
const net = require('net');
const server = net.createServer({ allowHalfOpen: true }, (sock) => {
  let got = '';
  sock.setEncoding('utf8');
  sock.on('data', (d) => (got += d));
  sock.on('end', () => {
    console.log('server: end, got', JSON.stringify(got), 'writable still', sock.writable);
    setTimeout(() => {
      sock.write('late reply');
      sock.end();
    }, 5);
  });
  sock.on('close', () => {
    console.log('server: close');
    server.close();
  });
});
server.listen(0, '127.0.0.1', () => {
  const c = net.connect(server.address().port, '127.0.0.1');
  c.setEncoding('utf8');
  c.end('question');
  c.on('finish', () => console.log('client: finish (its side is done), readable still', c.readable));
  c.on('data', (d) => console.log('client: data', d));
  c.on('end', () => console.log('client: end'));
  c.on('close', () => console.log('client: close'));
});
