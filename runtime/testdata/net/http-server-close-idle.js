// server.close() in node 20 also closes idle keep-alive connections, so 'close' follows without waiting for the client
const http = require('http');
const server = http.createServer((req, res) => res.end('ok'));
server.on('connection', (sock) => sock.on('close', () => console.log('server: connection closed')));
server.listen(0, '127.0.0.1', () => {
  http.get({ host: '127.0.0.1', port: server.address().port }, (res) => {
    res.resume();
    res.on('end', () => {
      console.log('client: response done, connection kept alive in the agent');
      server.close(() => console.log('server: close event'));
      console.log('server.close() called, listening =', server.listening);
    });
  });
});
process.on('exit', () => console.log('exit'));
