// A net server with no connections: close() stops listening at once and 'close' follows on a nextTick, ahead of promises and immediates
const net = require('net');
const server = net.createServer();
server.listen(0, () => {
  console.log('listening:', server.listening);
  server.close(() => console.log('close callback'));
  server.on('close', () => console.log('close event'));
  console.log('after close(): listening =', server.listening);
  process.nextTick(() => console.log('nextTick queued after close()'));
  Promise.resolve().then(() => console.log('promise'));
  setImmediate(() => console.log('immediate'));
});
process.on('exit', () => console.log('exit: nothing keeps the loop alive'));
