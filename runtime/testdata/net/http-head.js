// A HEAD request: the response has headers and no body, even if the handler writes one
const http = require('http');
const server = http.createServer((req, res) => {
  console.log('server:', req.method);
  res.end('body that is never sent');
});
server.listen(0, '127.0.0.1', () => {
  const req = http.request({ host: '127.0.0.1', port: server.address().port, method: 'HEAD' }, (res) => {
    let bytes = 0;
    res.on('data', (d) => (bytes += d.length));
    res.on('end', () => {
      console.log('client:', res.statusCode, 'body bytes', bytes, 'content-length', res.headers['content-length']);
      server.close();
    });
  });
  req.end();
});
