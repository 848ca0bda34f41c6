// closeAllConnections() destroys connections even mid-request; the client sees 'socket hang up'
const http = require('http');
const server = http.createServer((req, res) => {
  console.log('server: request', req.url, '(never answered)');
  res.on('close', () => console.log('server: res close, finished =', res.writableFinished));
  setTimeout(() => {
    server.close(() => console.log('server: closed'));
    server.closeAllConnections();
  }, 10);
});
server.listen(0, '127.0.0.1', () => {
  const req = http.get({ host: '127.0.0.1', port: server.address().port, path: '/slow' });
  req.on('error', (err) => console.log('client: error', err.message, err.code));
  req.on('close', () => console.log('client: close'));
});
