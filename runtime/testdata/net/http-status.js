// writeHead with a status, a custom message and headers; STATUS_CODES gives the default messages; 204 has no body
const http = require('http');
const server = http.createServer((req, res) => {
  if (req.url === '/missing') {
    res.writeHead(404, { 'Content-Type': 'text/plain' });
    res.end('no such page');
  } else if (req.url === '/teapot') {
    res.writeHead(418, 'Short and stout');
    res.end();
  } else {
    res.writeHead(204);
    res.end('ignored body');
  }
});
server.listen(0, '127.0.0.1', async () => {
  const port = server.address().port;
  for (const path of ['/missing', '/teapot', '/empty']) {
    await new Promise((resolve) => {
      http.get({ host: '127.0.0.1', port, path }, (res) => {
        let body = '';
        res.on('data', (d) => (body += d));
        res.on('end', () => {
          console.log(path, res.statusCode, JSON.stringify(res.statusMessage), JSON.stringify(body), res.headers['content-length'], res.headers['transfer-encoding']);
          resolve();
        });
      });
    });
  }
  console.log(http.STATUS_CODES[404], http.STATUS_CODES[418], http.STATUS_CODES[503]);
  server.close();
});
