// server.getConnections() answers on a nextTick with the number of open connections; it drops as sockets are destroyed
const net = require('net');
const server = net.createServer();
const report = (when) => server.getConnections((err, n) => console.log(when + ':', err, n));
let seen = 0;
server.on('connection', (sock) => {
  seen++;
  report('after connection ' + seen);
  if (seen === 2) {
    sock.destroy();
    report('right after destroying one');
    setTimeout(() => {
      report('later');
      server.close();
      for (const c of clients) c.destroy();
    }, 10);
  }
});
const clients = [];
server.listen(0, '127.0.0.1', () => {
  report('before any client');
  for (let i = 0; i < 2; i++) clients.push(net.connect(server.address().port, '127.0.0.1').on('error', () => {}));
});
