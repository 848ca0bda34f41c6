// Writes made before the connection is up wait for it: on connect, 'connect' runs, then the first write's callback, then 'ready'
const net = require('net');
const server = net.createServer((sock) => {
  sock.setEncoding('utf8');
  sock.on('data', (d) => console.log('server: data', JSON.stringify(d)));
  sock.on('end', () => {
    console.log('server: end');
    server.close();
  });
});
server.listen(0, '127.0.0.1', () => {
  const c = net.connect(server.address().port, '127.0.0.1');
  console.log('write 1 returned', c.write('one', () => console.log('write 1 callback')));
  console.log('write 2 returned', c.write('two', () => console.log('write 2 callback')));
  console.log('writableLength while connecting:', c.writableLength);
  c.on('connect', () => console.log('connect'));
  c.on('ready', () => console.log('ready'));
  c.end(() => console.log('end callback'));
});
