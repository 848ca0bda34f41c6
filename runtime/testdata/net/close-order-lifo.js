// Sockets destroyed in the order 1, 2, 3 emit 'close' as 3, 2, 1: libuv runs a close phase's callbacks from the last handle closed
const net = require('net');
const server = net.createServer((s) => s.resume());
server.listen(0, '127.0.0.1', () => {
  const port = server.address().port;
  let connected = 0;
  const socks = [1, 2, 3].map((i) => {
    const c = net.connect(port, '127.0.0.1', () => {
      if (++connected === 3) {
        for (const s of socks) s.destroy();
        setImmediate(() => console.log('immediate'));
      }
    });
    c.on('close', () => console.log('close', i));
    return c;
  });
  setTimeout(() => server.close(), 20);
});
