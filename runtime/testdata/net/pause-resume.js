// A paused socket keeps what arrives in its buffer; resume() delivers it, then the end
const net = require('net');
const server = net.createServer((sock) => {
  sock.pause();
  sock.on('data', (d) => console.log('server: data', String(d), 'after', ticks, 'timer ticks'));
  sock.on('end', () => {
    console.log('server: end');
    server.close();
  });
  let ticks = 0;
  const t = setInterval(() => {
    ticks++;
    if (ticks === 3) {
      clearInterval(t);
      console.log('resuming, isPaused was', sock.isPaused());
      sock.resume();
    }
  }, 5);
});
server.listen(0, '127.0.0.1', () => {
  const c = net.connect(server.address().port, '127.0.0.1', () => {
    c.write('abc');
    setTimeout(() => c.end('def'), 2);
  });
});
