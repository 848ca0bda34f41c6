// close() on a server that is not listening: the callback gets ERR_SERVER_NOT_RUNNING, after the 'close' event, on a nextTick
const net = require('net');
const server = net.createServer();
server.on('close', () => console.log('close event'));
server.close((err) => {
  console.log('callback:', err.code, err.message);
  server.listen(0, () => {
    server.close((err2) => {
      console.log('after a real close, err =', err2);
      server.close((err3) => console.log('closing again:', err3.code));
    });
  });
});
process.nextTick(() => console.log('tick queued after close()'));
