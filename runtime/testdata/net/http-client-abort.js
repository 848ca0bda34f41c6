// The client destroys its request while the server is still working: the server's request emits 'aborted' and 'close' in the close phase
const http = require('http');
let clientReq;
const server = http.createServer((req, res) => {
  console.log('server: request, the client gives up now');
  clientReq.destroy();
  req.on('aborted', () => console.log('server: req aborted'));
  req.on('error', (err) => console.log('server: req error', err.message, err.code));
  req.on('close', () => console.log('server: req close'));
  res.on('close', () => {
    console.log('server: res close, finished =', res.writableFinished);
    server.close();
  });
  setImmediate(() => console.log('server: immediate'));
});
server.listen(0, '127.0.0.1', () => {
  clientReq = http.request({ host: '127.0.0.1', port: server.address().port, method: 'POST' });
  clientReq.write('half a body');
  clientReq.on('error', (err) => console.log('client: error', err.message, err.code));
  clientReq.on('close', () => console.log('client: close'));
});
