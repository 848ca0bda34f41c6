// An echo server with sock.pipe(sock): what the client sends comes back, and the pipe ends the socket when the client ends
const net = require('net');
const server = net.createServer((sock) => sock.pipe(sock));
server.listen(0, '127.0.0.1', () => {
  const c = net.connect(server.address().port, '127.0.0.1');
  c.setEncoding('utf8');
  let echoed = '';
  c.on('data', (d) => (echoed += d));
  c.on('end', () => console.log('client: end, echoed', JSON.stringify(echoed)));
  c.on('close', () => server.close(() => console.log('server closed')));
  c.write('hello ');
  setTimeout(() => c.end('world'), 5);
});
