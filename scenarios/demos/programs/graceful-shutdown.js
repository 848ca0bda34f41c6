// Graceful shutdown: on SIGTERM stop accepting connections, let the request in flight finish, then exit with code 0
const http = require('http');
const server = http.createServer((req, res) => {
  console.log('server: request in flight', req.url);
  process.kill(process.pid, 'SIGTERM'); // the deploy tool asks us to stop, mid-request
  setTimeout(() => res.end('report ready'), 30); // the slow work still finishes
});
process.on('SIGTERM', () => {
  console.log('SIGTERM: stop accepting; wait for the request in flight');
  server.close(() => console.log('server closed: every connection is done'));
});
process.on('exit', (code) => console.log('exit with code', code));
server.listen(0, '127.0.0.1', () => {
  http.get({ host: '127.0.0.1', port: server.address().port, path: '/report', agent: false }, (res) => {
    res.setEncoding('utf8');
    res.on('data', (body) => console.log('client got:', body));
  });
});
