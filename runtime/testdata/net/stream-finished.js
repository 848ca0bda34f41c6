// stream.finished() on sockets: the client resolves when its socket closes; a reset peer makes it reject with ECONNRESET
const net = require('net');
const { finished } = require('stream/promises');
const server = net.createServer((sock) => {
  finished(sock).then(() => console.log('server socket finished'), (err) => console.log('server socket failed:', err.code));
  sock.resetAndDestroy();
  server.close();
});
server.listen(0, '127.0.0.1', () => {
  const c = net.connect(server.address().port, '127.0.0.1');
  finished(c).then(() => console.log('client finished'), (err) => console.log('client failed:', err.code));
});
