// setEncoding('utf8') turns 'data' chunks into strings and keeps a character split across two reads whole
const net = require('net');
const server = net.createServer((sock) => {
  sock.setEncoding('utf8');
  sock.on('data', (d) => console.log('server: data', typeof d, JSON.stringify(d)));
  sock.on('end', () => server.close());
});
server.listen(0, '127.0.0.1', () => {
  const c = net.connect(server.address().port, '127.0.0.1', () => {
    const bytes = Buffer.from('é!', 'utf8');
    c.write(bytes.subarray(0, 1));
    setTimeout(() => {
      c.write(bytes.subarray(1));
      setTimeout(() => c.end(), 5);
    }, 5);
  });
  c.on('data', () => {});
});
