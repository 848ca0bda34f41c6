// A write bigger than the kernel's buffer returns false and waits in libuv; 'drain' fires once the reader has taken enough
const net = require('net');
const size = 8 * 1024 * 1024;
const server = net.createServer((sock) => {
  let got = 0;
  sock.on('data', (d) => (got += d.length));
  sock.on('end', () => {
    console.log('server: received', got, 'bytes, all of it:', got === size);
    server.close();
  });
});
server.listen(0, '127.0.0.1', () => {
  const c = net.connect(server.address().port, '127.0.0.1', () => {
    const ok = c.write(Buffer.alloc(size, 'x'), () => console.log('client: write callback'));
    console.log('client: write returned', ok, 'writableLength', c.writableLength, 'needDrain', c.writableNeedDrain);
    c.once('drain', () => {
      console.log('client: drain, writableLength', c.writableLength);
      c.end();
    });
  });
});
