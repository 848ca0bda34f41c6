// A POST body: end(body) sends Content-Length; several write() calls send it chunked. The server reads both the same way
const http = require('http');
const server = http.createServer((req, res) => {
  let body = '';
  req.setEncoding('utf8');
  req.on('data', (d) => (body += d));
  req.on('end', () => {
    console.log('server:', req.url, 'length', req.headers['content-length'], 'encoding', req.headers['transfer-encoding'], 'body', JSON.stringify(body));
    res.end('got ' + body.length);
  });
});
server.listen(0, '127.0.0.1', () => {
  const port = server.address().port;
  const show = (res) => {
    res.setEncoding('utf8');
    res.on('data', (d) => console.log('client:', d));
  };
  const a = http.request({ host: '127.0.0.1', port, method: 'POST', path: '/whole' }, (res) => {
    show(res);
    res.on('end', () => {
      const b = http.request({ host: '127.0.0.1', port, method: 'POST', path: '/chunked' }, (res2) => {
        show(res2);
        res2.on('end', () => server.close());
      });
      b.write('one,');
      b.write('two,');
      setTimeout(() => b.end('three'), 5);
    });
  });
  a.end('name=loopviz');
});
