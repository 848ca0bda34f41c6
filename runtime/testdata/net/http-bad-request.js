// Bytes that are not HTTP: the server answers 400 Bad Request and closes; a 'clientError' listener takes over that job
const net = require('net');
const http = require('http');
const send = (port, text) => new Promise((resolve) => {
  const c = net.connect(port, '127.0.0.1', () => c.write(text));
  let out = '';
  c.on('data', (d) => (out += d));
  c.on('close', () => resolve(out));
});
const plain = http.createServer(() => console.log('never a request'));
const custom = http.createServer(() => console.log('never a request'));
custom.on('clientError', (err, sock) => {
  console.log('clientError:', err.code);
  sock.end('HTTP/1.1 400 Nope\r\nConnection: close\r\n\r\n');
});
plain.listen(0, '127.0.0.1', () => {
  custom.listen(0, '127.0.0.1', async () => {
    console.log(JSON.stringify(await send(plain.address().port, 'HELLO THERE\r\n\r\n')));
    console.log(JSON.stringify(await send(custom.address().port, 'HELLO THERE\r\n\r\n')));
    plain.close();
    custom.close();
  });
});
