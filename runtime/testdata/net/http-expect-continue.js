// Expect: 100-continue: the server answers 100 Continue before the request handler runs; the client gets 'continue', then the response
const http = require('http');
const server = http.createServer((req, res) => {
  console.log('server: request, expect =', req.headers.expect);
  let body = '';
  req.on('data', (d) => (body += d));
  req.on('end', () => res.end('got ' + body));
});
server.listen(0, '127.0.0.1', () => {
  const req = http.request({ host: '127.0.0.1', port: server.address().port, method: 'POST', headers: { Expect: '100-continue' } }, (res) => {
    res.setEncoding('utf8');
    res.on('data', (d) => console.log('client: response', res.statusCode, d));
    res.on('end', () => server.close());
  });
  req.on('continue', () => {
    console.log('client: continue');
    req.end('the body');
  });
  req.on('information', (info) => console.log('client: information', info.statusCode));
  req.flushHeaders();
});
