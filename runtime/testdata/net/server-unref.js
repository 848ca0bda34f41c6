// An unref'd server does not keep the process alive: with nothing else to do, the process exits while it is still listening
const net = require('net');
const server = net.createServer();
server.listen(0, () => {
  console.log('listening:', server.listening);
  server.unref();
  setTimeout(() => console.log('timer: the server is still there'), 10);
});
process.on('exit', () => console.log('exit while listening:', server.listening));
