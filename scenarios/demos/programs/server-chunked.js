// The same server with the /report computation cut into 2 ms slices with setImmediate: the quick requests are answered first
const http = require('http');
let x = 0;
function compute(slices, done) {
  const t = Date.now();
  while (Date.now() - t < 2) x = Math.sqrt(x + t); // one 2 ms slice
  if (slices > 1) setImmediate(compute, slices - 1, done); // let the loop serve others in between
  else done();
}
const server = http.createServer((req, res) => {
  console.log('server: handling', req.url);
  if (req.url === '/report') compute(50, () => res.end(req.url)); // 50 slices: the same 100 ms
  else res.end(req.url);
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
