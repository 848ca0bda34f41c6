// An HTTP/1.0 request: node answers with Connection: close and no Content-Length, and closes the connection after the body
const net = require('net');
const http = require('http');
const server = http.createServer((req, res) => {
  console.log('server: httpVersion', req.httpVersion);
  res.end('old school');
});
server.listen(0, '127.0.0.1', () => {
  const c = net.connect(server.address().port, '127.0.0.1', () => c.write('GET / HTTP/1.0\r\n\r\n'));
  let text = '';
  c.on('data', (d) => (text += d));
  c.on('end', () => console.log('client: end'));
  c.on('close', () => {
    console.log(JSON.stringify(text.replace(/Date: [^\r]*\r\n/, '')));
    server.close();
  });
});
