// What the server sees of a request: method, url, httpVersion, lower-cased headers (duplicates joined, set-cookie as an array) and rawHeaders; headers given as an array get no automatic Host
const http = require('http');
const server = http.createServer((req, res) => {
  console.log(req.method, req.url, req.httpVersion, req.httpVersionMajor, req.httpVersionMinor);
  console.log(req.headers);
  console.log(req.rawHeaders.filter((h, i) => i % 2 === 0));
  res.end();
  server.close();
});
server.listen(0, '127.0.0.1', () => {
  http.get({
    host: '127.0.0.1',
    port: server.address().port,
    path: '/search?q=loop&page=2',
    headers: [
      'Host', 'example.test', 'X-Trace', 'a', 'x-trace', 'b', 'Cookie', 'c1=1', 'Cookie', 'c2=2', 'Content-Type', 'text/plain',
      'content-type', 'text/html', 'Set-Cookie', 's=1', 'User-Agent', 'loopviz-test',
    ],
  }, (res) => res.resume());
});
