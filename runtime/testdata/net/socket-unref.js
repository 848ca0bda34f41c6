// unref() on both ends of a connection lets the process exit with the connection open; ref() would keep it alive
const net = require('net');
const server = net.createServer((sock) => {
  console.log('server: connection');
  sock.unref();
  sock.on('data', (d) => console.log('server: data', String(d)));
});
server.listen(0, '127.0.0.1', () => {
  server.unref();
  const c = net.connect(server.address().port, '127.0.0.1', () => {
    console.log('client: connect');
    c.write('hello');
    c.unref();
  });
});
process.on('exit', () => console.log('exit'));
