// listen(port, ip) binds a tick later (the address needs no lookup); listen(port, 'localhost') waits for dns.lookup on the threadpool
const net = require('net');
const byIP = net.createServer();
const byName = net.createServer();
const noHost = net.createServer();
for (const [name, s] of [['ip', byIP], ['name', byName], ['no host', noHost]]) {
  s.on('listening', () => {
    const a = s.address();
    console.log('listening:', name, a.address, a.family);
    s.close();
  });
}
byIP.listen(0, '127.0.0.1');
byName.listen(0, 'localhost');
noHost.listen(0);
console.log('after listen():', byIP.listening, byName.listening, noHost.listening, byIP.address());
process.nextTick(() => console.log('tick 1'));
process.nextTick(() => process.nextTick(() => console.log('tick 2 (nested)')));
setImmediate(() => console.log('immediate'));
