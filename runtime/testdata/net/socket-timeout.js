// socket.setTimeout(ms): 'timeout' after ms without reads or writes; it only notifies, the program decides to close
const net = require('net');
const server = net.createServer((sock) => {
  sock.setTimeout(60);
  sock.on('timeout', () => {
    console.log('server: idle timeout, still open:', !sock.destroyed);
    sock.end('idle, goodbye');
  });
  sock.on('data', (d) => console.log('server: data', String(d)));
});
server.listen(0, '127.0.0.1', () => {
  const c = net.connect(server.address().port, '127.0.0.1', () => {
    setTimeout(() => c.write('ping 1'), 10);
    setTimeout(() => c.write('ping 2'), 40);
  });
  c.on('data', (d) => console.log('client: data', String(d)));
  c.on('close', () => {
    console.log('client: close');
    server.close();
  });
});
