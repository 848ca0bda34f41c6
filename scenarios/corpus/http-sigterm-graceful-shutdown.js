// SIGTERM graceful shutdown: close() refuses new connections at once, requests already in flight still get their answers, then 'close' and exit
const http = require('http');
let received = 0;
const server = http.createServer((req, res) => {
  const delay = req.url === '/a' ? 20 : 60;
  console.log('server: working on', req.url, 'for', delay, 'ms');
  setTimeout(() => res.end('done ' + req.url), delay);
  if (++received === 2) process.kill(process.pid, 'SIGTERM');
});
process.on('SIGTERM', () => {
  console.log('SIGTERM: closing the server');
  server.close(() => console.log('server: closed, every connection finished'));
  setImmediate(() => {
    const late = http.get({ host: '127.0.0.1', port, path: '/late' });
    late.on('error', (err) => console.log('client: /late failed:', err.code));
  });
});
let port;
server.listen(0, '127.0.0.1', () => {
  port = server.address().port;
  for (const path of ['/a', '/b']) {
    // agent: false sends Connection: close, so each connection ends with its response
    const req = http.get({ host: '127.0.0.1', port, path, agent: false }, (res) => {
      res.setEncoding('utf8');
      res.on('data', (body) => console.log('client: got', body));
    });
    req.on('close', () => console.log('client:', path, 'closed'));
  }
});
process.on('exit', (code) => console.log('exit', code));
