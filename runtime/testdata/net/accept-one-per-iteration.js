// Three clients connect at once: all three 'connect' in the first poll phase, but the server accepts one connection per loop iteration
const net = require('net');
let iteration = 0;
const spin = () => setImmediate(() => { iteration++; if (iteration < 10) spin(); });
let accepted = 0;
const server = net.createServer((sock) => {
  console.log('server: connection', ++accepted, 'in iteration', iteration);
  sock.end();
  if (accepted === 3) server.close(() => console.log('server closed'));
});
server.listen(0, '127.0.0.1', () => {
  spin();
  for (const name of ['a', 'b', 'c']) {
    const c = net.connect(server.address().port, '127.0.0.1', () => console.log('client', name, 'connect in iteration', iteration));
    c.resume();
  }
});
