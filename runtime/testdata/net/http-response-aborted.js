// The server sends part of a response, then destroys the socket: the response emits 'aborted', an 'aborted' error and 'close'
const http = require('http');
const server = http.createServer((req, res) => {
  res.write('partial');
  setTimeout(() => res.destroy(), 10);
});
server.listen(0, '127.0.0.1', () => {
  const req = http.get({ host: '127.0.0.1', port: server.address().port }, (res) => {
    res.setEncoding('utf8');
    res.on('data', (d) => console.log('data:', d));
    res.on('aborted', () => console.log('aborted, complete =', res.complete));
    res.on('error', (err) => console.log('res error:', err.message, err.code));
    res.on('end', () => console.log('end (not reached)'));
    res.on('close', () => {
      console.log('res close');
      server.close();
    });
  });
  req.on('error', (err) => console.log('req error (not reached):', err.message));
  req.on('close', () => console.log('req close'));
});
