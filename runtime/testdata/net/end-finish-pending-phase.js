// end() in a timer: shutdown goes through libuv's pending queue, so 'prefinish' and 'finish' come after every tick and microtask of the timer, before the poll phase
const net = require('net');
const server = net.createServer((sock) => {
  sock.on('data', (d) => console.log('server: data', String(d)));
  sock.on('end', () => {
    console.log('server: end');
    server.close();
  });
});
server.listen(0, '127.0.0.1', () => {
  const c = net.connect(server.address().port, '127.0.0.1', () => {
    setTimeout(() => {
      c.write('x', () => console.log('write callback'));
      c.end(() => console.log('end callback'));
      c.on('prefinish', () => console.log('prefinish'));
      c.on('finish', () => console.log('finish'));
      process.nextTick(() => console.log('nextTick'));
      Promise.resolve().then(() => console.log('microtask')).then(() => console.log('microtask 2'));
      setImmediate(() => console.log('immediate'));
    }, 5);
  });
});
