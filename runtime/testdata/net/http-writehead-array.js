// writeHead with headers as a flat array keeps each name as written and repeats duplicates; flushHeaders sends the head before any body
const http = require('http');
const server = http.createServer((req, res) => {
  res.writeHead(200, ['X-One', '1', 'x-one', '2', 'Content-Type', 'text/plain']);
  console.log('server: headersSent after writeHead', res.headersSent);
  res.flushHeaders();
  setTimeout(() => res.end('late body'), 10);
});
server.listen(0, '127.0.0.1', () => {
  http.get({ host: '127.0.0.1', port: server.address().port }, (res) => {
    console.log('client: response before the body', res.headers['x-one'], res.rawHeaders.slice(0, 4));
    res.setEncoding('utf8');
    res.on('data', (d) => console.log('client: body', d));
    res.on('end', () => server.close());
  });
});
