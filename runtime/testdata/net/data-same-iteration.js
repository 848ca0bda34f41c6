// Loopback delivers inside write(): data written in a timer is read in the poll phase of the same iteration, before an immediate queued with it
const net = require('net');
const server = net.createServer((sock) => {
  sock.setEncoding('utf8');
  sock.on('data', (d) => {
    console.log('server: data', d);
    if (d === 'second') sock.end();
  });
});
server.listen(0, '127.0.0.1', () => {
  const c = net.connect(server.address().port, '127.0.0.1', () => {
    setTimeout(() => {
      c.write('first');
      setImmediate(() => {
        console.log('immediate');
        c.write('second');
        setImmediate(() => console.log('immediate after the second write'));
      });
      console.log('timer: wrote first');
    }, 5);
  });
  c.on('end', () => {
    console.log('client: end');
    c.end();
    server.close();
  });
});
