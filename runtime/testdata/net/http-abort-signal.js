// An AbortSignal passed to http.get aborts the request: 'error' is an AbortError, then 'close'
const http = require('http');
const server = http.createServer((req, res) => {
  console.log('server: request');
  controller.abort();
});
const controller = new AbortController();
server.listen(0, '127.0.0.1', () => {
  const req = http.get({ host: '127.0.0.1', port: server.address().port, signal: controller.signal });
  req.on('error', (err) => console.log('client: error', err.name, err.code, err.message));
  req.on('close', () => {
    console.log('client: close');
    server.close();
  });
});
