// One process, one JavaScript thread: three requests whose handlers each compute for 30 ms are served one after another
const http = require('http');
let handled = 0;
const server = http.createServer((req, res) => {
  const t = Date.now();
  while (Date.now() - t < 30) {} // 30 ms of computation per request
  handled++;
  res.end(`request ${req.url} was number ${handled} in line`);
});
server.listen(0, '127.0.0.1', () => {
  let pending = 3;
  for (const path of ['/a', '/b', '/c']) {
    http.get({ host: '127.0.0.1', port: server.address().port, path }, (res) => {
      res.setEncoding('utf8');
      res.on('data', (body) => console.log(body));
      res.on('end', () => --pending === 0 && server.close());
    });
  }
});
