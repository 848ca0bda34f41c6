// resetAndDestroy() closes with a TCP reset: the peer gets ECONNRESET ('read ECONNRESET') rather than an end
const net = require('net');
const server = net.createServer((sock) => {
  sock.on('error', (err) => console.log('server: error', err.message, err.code));
  sock.on('end', () => console.log('server: end (not reached)'));
  sock.on('close', (hadError) => {
    console.log('server: close, hadError =', hadError);
    server.close();
  });
});
server.listen(0, '127.0.0.1', () => {
  const c = net.connect(server.address().port, '127.0.0.1', () => {
    setTimeout(() => c.resetAndDestroy(), 5);
  });
  c.on('close', (hadError) => console.log('client: close, hadError =', hadError));
});
