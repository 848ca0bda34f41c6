// agent: false sends Connection: close: the server closes the connection after the response and the client socket closes too
const http = require('http');
const server = http.createServer((req, res) => {
  console.log('server: connection header', req.headers.connection);
  res.on('finish', () => console.log('server: finish'));
  req.socket.on('close', () => console.log('server: socket closed'));
  res.end('bye');
});
server.listen(0, '127.0.0.1', () => {
  const req = http.get({ host: '127.0.0.1', port: server.address().port, agent: false }, (res) => {
    console.log('client: response, connection', res.headers.connection, 'keep-alive header', res.headers['keep-alive']);
    res.resume();
    res.on('end', () => console.log('client: end'));
    res.on('close', () => console.log('client: res close'));
  });
  req.on('close', () => console.log('client: req close'));
  req.on('socket', (s) => s.on('close', () => {
    console.log('client: socket closed');
    server.close(() => console.log('server: closed'));
  }));
});
