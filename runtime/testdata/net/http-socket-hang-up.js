// The server destroys the connection without answering: the client request fails with 'socket hang up' (ECONNRESET)
const http = require('http');
const server = http.createServer((req, res) => {
  console.log('server: request, destroying the socket');
  req.socket.destroy();
});
server.listen(0, '127.0.0.1', () => {
  const req = http.get({ host: '127.0.0.1', port: server.address().port }, () => console.log('no response'));
  req.on('error', (err) => console.log('client: error', err.message, err.code, Object.keys(err)));
  req.on('close', () => {
    console.log('client: close');
    server.close();
  });
});
