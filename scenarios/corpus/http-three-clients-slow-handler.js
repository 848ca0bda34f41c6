// Three http clients at once; the first request's handler busy-waits 50 ms: the other two wait behind it, one loop iteration each
const http = require('http');
const start = Date.now();
const server = http.createServer((req, res) => {
  console.log('server: request', req.url);
  if (req.url === '/slow') {
    setTimeout(() => console.log('timer (1 ms), armed before the busy-wait'), 1);
    const t = Date.now();
    while (Date.now() - t < 50) {} // blocks the whole event loop
  }
  res.end(req.url);
});
server.on('connection', () => console.log('server: connection'));
server.listen(0, '127.0.0.1', () => {
  let pending = 3;
  for (const path of ['/slow', '/a', '/b']) {
    http.get({ host: '127.0.0.1', port: server.address().port, path }, (res) => {
      res.setEncoding('utf8');
      res.on('data', (body) => console.log('client: got', body, Date.now() - start >= 50 ? '(after the busy-wait)' : ''));
      res.on('end', () => --pending === 0 && server.close(() => console.log('server: closed')));
    });
  }
});
