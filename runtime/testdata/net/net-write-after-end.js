// write() after end() on a socket: the callback and an 'error' event get ERR_STREAM_WRITE_AFTER_END
const net = require('net');
const server = net.createServer((sock) => sock.resume());
server.listen(0, '127.0.0.1', () => {
  const c = net.connect(server.address().port, '127.0.0.1', () => {
    c.end('last words');
    c.write('too late', (err) => console.log('write callback:', err.code));
  });
  c.on('error', (err) => console.log('error event:', err.message));
  c.on('close', (hadError) => {
    console.log('close', hadError);
    server.close();
  });
});
