// readyState goes opening -> open -> writeOnly (after the peer ended) -> closed, and pending/connecting follow the connect
const net = require('net');
const server = net.createServer((sock) => sock.end());
server.listen(0, '127.0.0.1', () => {
  const fresh = new net.Socket();
  console.log('fresh socket:', fresh.readyState, fresh.pending, fresh.connecting);
  const c = net.connect(server.address().port, '127.0.0.1');
  console.log('connecting:', c.readyState, c.pending, c.connecting);
  c.on('connect', () => console.log('connect:', c.readyState, c.pending, c.connecting));
  c.on('end', () => console.log('end:', c.readyState));
  c.on('close', () => {
    console.log('close:', c.readyState, c.destroyed);
    server.close();
  });
});
