// A request handler that throws: the error is uncaught (it runs in a poll-phase callback), 'exit' listeners run and the process exits with 1
const http = require('http');
process.on('exit', (code) => console.log('exit', code));
const server = http.createServer((req, res) => {
  console.log('handler: about to throw');
  throw new Error('handler failed for ' + req.url);
});
server.listen(0, '127.0.0.1', () => {
  http.get({ host: '127.0.0.1', port: server.address().port, path: '/boom' }, () => console.log('never a response'));
});
