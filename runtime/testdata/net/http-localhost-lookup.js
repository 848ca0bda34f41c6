// http.get('http://localhost:PORT/') resolves localhost with dns.lookup on the threadpool before connecting; an IP skips it
const http = require('http');
const server = http.createServer((req, res) => res.end('ok'));
server.listen(0, '127.0.0.1', () => {
  const port = server.address().port;
  const req = http.get(`http://localhost:${port}/`, (res) => {
    console.log('response via localhost', res.statusCode);
    res.resume();
    res.on('end', () => server.close());
  });
  req.on('socket', (s) => {
    console.log('socket assigned, connecting:', s.connecting);
    s.on('lookup', (err, address, family, host) => console.log('lookup:', err, address, family, host));
    s.on('connect', () => console.log('connected to', s.remoteAddress));
  });
});
