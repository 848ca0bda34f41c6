// A server whose /report handler computes for 100 ms in one go: the two quick requests sent with it wait behind it
const http = require('http');
let x = 0;
const server = http.createServer((req, res) => {
  console.log('server: handling', req.url);
  if (req.url === '/report') {
    const t = Date.now();
    while (Date.now() - t < 100) x = Math.sqrt(x + t); // 100 ms of computation, the loop blocked
  }
  res.end(req.url);
});
server.listen(0, '127.0.0.1', () => {
  let pending = 3;
  for (const path of ['/report', '/a', '/b']) {
    http.get({ host: '127.0.0.1', port: server.address().port, path, agent: false }, (res) => {
      res.setEncoding('utf8');
      res.on('data', (body) => console.log('client: answer for', body));
      res.on('end', () => --pending === 0 && server.close());
    });
  }
});
