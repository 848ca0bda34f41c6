// Node 20's global agent keeps connections alive: a second request after the first finished reuses the same socket
const http = require('http');
let connections = 0;
const server = http.createServer((req, res) => res.end(req.url));
server.on('connection', () => connections++);
server.listen(0, '127.0.0.1', () => {
  const port = server.address().port;
  console.log('globalAgent keepAlive:', http.globalAgent.keepAlive);
  const first = http.get({ host: '127.0.0.1', port, path: '/one' }, (res) => {
    console.log('first: connection header', res.headers.connection, res.headers['keep-alive']);
    res.resume();
    res.on('end', () => {
      setImmediate(() => {
        const second = http.get({ host: '127.0.0.1', port, path: '/two' }, (res2) => {
          console.log('second: reusedSocket', second.reusedSocket, 'same socket', second.socket === firstSocket);
          res2.resume();
          res2.on('end', () => {
            console.log('connections accepted:', connections);
            server.close(() => console.log('server closed (idle connections closed with it)'));
          });
        });
      });
    });
  });
  let firstSocket;
  first.on('socket', (s) => (firstSocket = s));
  console.log('first reusedSocket', first.reusedSocket);
});
