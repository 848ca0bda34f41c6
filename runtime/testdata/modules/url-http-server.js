// A server parses req.url against http://localhost, the common idiom: pathname and query come from new URL, on the request's own turn of the loop.
const http = require('http');
const server = http.createServer((req, res) => {
  const { pathname, searchParams } = new URL(req.url, `http://${req.headers.host}`);
  res.end(JSON.stringify({ pathname, page: searchParams.get('page'), tags: searchParams.getAll('tag') }));
});
server.listen(0, () => {
  const { port } = server.address();
  http.get(`http://localhost:${port}/search/items?page=2&tag=a&tag=b%20c`, (res) => {
    let body = '';
    res.setEncoding('utf8');
    res.on('data', (d) => (body += d));
    res.on('end', () => {
      console.log(body);
      server.close(() => console.log('closed'));
    });
  });
});
