// end() inside a poll-phase callback: the shutdown completes right after the poll phase, before setImmediate callbacks
const net = require('net');
const server = net.createServer((sock) => {
  sock.on('data', (d) => {
    console.log('server: data', String(d));
    sock.on('finish', () => console.log('server: finish'));
    sock.end('bye');
    setImmediate(() => console.log('server: immediate'));
    process.nextTick(() => console.log('server: nextTick'));
  });
});
server.listen(0, '127.0.0.1', () => {
  const c = net.connect(server.address().port, '127.0.0.1', () => c.write('hi'));
  c.on('data', (d) => console.log('client: data', String(d)));
  c.on('end', () => console.log('client: end'));
  c.on('close', () => {
    console.log('client: close');
    server.close();
  });
});
