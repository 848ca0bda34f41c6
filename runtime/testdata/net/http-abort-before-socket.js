// abort() right after http.get: the request never gets its socket; 'close' comes before 'abort', and no 'error'
const http = require('http');
const server = http.createServer(() => console.log('never a request'));
server.listen(0, '127.0.0.1', () => {
  const req = http.get({ host: '127.0.0.1', port: server.address().port });
  req.on('socket', () => console.log('never a socket'));
  req.on('abort', () => console.log('abort event'));
  req.on('error', (err) => console.log('never an error', err.message));
  req.on('close', () => console.log('close event'));
  req.abort();
  console.log('aborted:', req.aborted, 'destroyed:', req.destroyed);
  setTimeout(() => server.close(() => console.log('server closed')), 10);
});
