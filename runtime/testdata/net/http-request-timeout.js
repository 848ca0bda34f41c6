// req.setTimeout(ms): 'timeout' fires when the server stays silent; destroying the request then gives 'socket hang up'
const http = require('http');
const server = http.createServer((req, res) => {
  console.log('server: request, answering in 100ms');
  setTimeout(() => res.end('too late'), 100);
});
server.listen(0, '127.0.0.1', () => {
  const req = http.get({ host: '127.0.0.1', port: server.address().port }, () => console.log('no response'));
  req.setTimeout(30, () => {
    console.log('client: timeout');
    req.destroy();
  });
  req.on('error', (err) => console.log('client: error', err.message, err.code));
  req.on('close', () => {
    console.log('client: close');
    server.close(() => console.log('server closed'));
  });
});
