const net = require('net');
const server = net.createServer();
server.listen(0, () => {
  console.log('listening');
  server.close(() => console.log('server closed'));
  setImmediate(() => console.log('immediate'));
  process.nextTick(() => console.log('tick'));
});
