// Without allowHalfOpen a socket answers the peer's end by ending its own side: 'end', then 'finish', then 'close'
const net = require('net');
const server = net.createServer((sock) => {
  sock.on('end', () => console.log('server: end'));
  sock.on('finish', () => console.log('server: finish (ended automatically)'));
  sock.on('close', () => {
    console.log('server: close');
    server.close();
  });
});
server.listen(0, '127.0.0.1', () => {
  const c = net.connect(server.address().port, '127.0.0.1', () => c.end());
  c.on('finish', () => console.log('client: finish'));
  c.on('end', () => console.log('client: end'));
  c.on('close', () => console.log('client: close'));
});
