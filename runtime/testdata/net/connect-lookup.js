// Connecting to a host name does a dns.lookup first ('lookup' event, then 'connect'); connecting to an IP address emits no 'lookup'
const net = require('net');
const server = net.createServer((s) => s.end());
server.listen(0, () => {
  const port = server.address().port;
  const byName = net.connect(port, 'localhost');
  byName.on('lookup', (err, address, family, host) => console.log('byName lookup:', err, address, family, host));
  byName.on('connect', () => console.log('byName connect', byName.remoteAddress, byName.remoteFamily));
  byName.resume();
  byName.on('close', () => {
    const byIP = net.connect({ port, host: '127.0.0.1' });
    byIP.on('lookup', () => console.log('byIP lookup (never)'));
    byIP.on('connect', () => console.log('byIP connect', byIP.remoteAddress));
    byIP.resume();
    byIP.on('close', () => server.close());
  });
});
