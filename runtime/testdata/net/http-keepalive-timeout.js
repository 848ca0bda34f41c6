// server.keepAliveTimeout: an idle kept-alive connection is closed by the server once the timeout passes; the agent drops the socket
const http = require('http');
const server = http.createServer((req, res) => res.end('ok'));
server.keepAliveTimeout = 50;
server.on('connection', (sock) => sock.on('close', () => {
  console.log('server: idle connection closed');
  server.close(() => console.log('server: closed'));
}));
server.listen(0, '127.0.0.1', () => {
  const req = http.get({ host: '127.0.0.1', port: server.address().port }, (res) => {
    console.log('client: keep-alive header', res.headers['keep-alive']);
    res.resume();
    res.on('end', () => {
      const s = req.socket;
      s.on('end', () => console.log('client: pooled socket got end'));
      s.on('close', () => console.log('client: pooled socket closed, free sockets left:', Object.keys(http.globalAgent.freeSockets).length));
    });
  });
});
