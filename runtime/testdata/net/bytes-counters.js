// bytesWritten and bytesRead count what went through the socket: strings are counted in bytes, not characters
const net = require('net');
const server = net.createServer((sock) => {
  sock.on('data', () => {});
  sock.on('end', () => {
    console.log('server: bytesRead', sock.bytesRead, 'bytesWritten', sock.bytesWritten);
    sock.end('ok');
  });
});
server.listen(0, '127.0.0.1', () => {
  const c = net.connect(server.address().port, '127.0.0.1', () => {
    c.write('héllo');
    c.write(Buffer.alloc(10));
    console.log('client: bytesWritten after two writes', c.bytesWritten);
    c.end();
  });
  c.on('data', () => {});
  c.on('close', () => {
    console.log('client: bytesRead', c.bytesRead, 'bytesWritten', c.bytesWritten);
    server.close();
  });
});
