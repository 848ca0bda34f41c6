// Response headers: setHeader/getHeader/getHeaders, the order on the wire, and what node adds (Connection, Keep-Alive, Content-Length)
const http = require('http');
const server = http.createServer((req, res) => {
  res.setHeader('X-Powered-By', 'loopviz');
  res.setHeader('Set-Cookie', ['a=1', 'b=2']);
  res.setHeader('content-type', 'text/plain');
  console.log('getHeader:', res.getHeader('Content-Type'), res.hasHeader('x-powered-by'), res.getHeaderNames());
  res.removeHeader('x-powered-by');
  console.log('headers:', res.getHeaders());
  res.statusCode = 201;
  res.end('created');
  try {
    res.setHeader('X-Late', '1');
  } catch (e) {
    console.log(e.code, e.message);
  }
});
server.listen(0, '127.0.0.1', () => {
  http.get({ host: '127.0.0.1', port: server.address().port }, (res) => {
    console.log(res.statusCode, res.statusMessage);
    console.log(res.rawHeaders.filter((h, i) => i % 2 === 0));
    const { date, ...rest } = res.headers;
    console.log(rest, typeof date);
    res.resume();
    res.on('end', () => server.close());
  });
});
