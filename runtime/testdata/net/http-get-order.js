// One http.get against a local server: the order of the server's and the client's events, ticks and microtasks included
const http = require('http');
const server = http.createServer((req, res) => {
  console.log('server: request', req.method, req.url, 'complete =', req.complete);
  req.on('end', () => console.log('server: req end'));
  req.on('close', () => console.log('server: req close'));
  res.on('finish', () => console.log('server: res finish'));
  res.on('close', () => console.log('server: res close'));
  process.nextTick(() => console.log('server: nextTick before end()'));
  Promise.resolve().then(() => console.log('server: microtask'));
  res.end('hello', () => console.log('server: end callback'));
  console.log('server: after end()', res.writableEnded, res.writableFinished, res.headersSent);
  process.nextTick(() => console.log('server: nextTick after end()'));
  setImmediate(() => console.log('server: immediate'));
});
server.listen(0, '127.0.0.1', () => {
  const req = http.get({ host: '127.0.0.1', port: server.address().port, path: '/hi' }, (res) => {
    console.log('client: response', res.statusCode, res.statusMessage, res.httpVersion);
    process.nextTick(() => console.log('client: nextTick in response'));
    res.setEncoding('utf8');
    res.on('data', (d) => console.log('client: data', d));
    res.on('end', () => {
      console.log('client: end');
      server.close(() => console.log('server: closed'));
    });
    res.on('close', () => console.log('client: res close'));
  });
  req.on('socket', () => console.log('client: socket'));
  req.on('finish', () => console.log('client: finish'));
  req.on('close', () => console.log('client: req close'));
  console.log('client: request sent, headersSent =', req.headersSent);
});
