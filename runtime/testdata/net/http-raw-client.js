// A raw net client speaks HTTP/1.1 to an http server: the response text on the wire, Content-Length vs chunked, keep-alive (Date hidden)
const net = require('net');
const http = require('http');
const server = http.createServer((req, res) => {
  if (req.url === '/len') res.end('fixed');
  else {
    res.write('a');
    res.end('bc');
  }
});
server.listen(0, '127.0.0.1', () => {
  const c = net.connect(server.address().port, '127.0.0.1');
  c.setEncoding('latin1');
  let text = '';
  c.on('data', (d) => (text += d));
  c.on('end', () => {
    console.log(JSON.stringify(text.replace(/Date: [^\r]*\r\n/g, '')));
    server.close();
  });
  c.write('GET /len HTTP/1.1\r\nHost: x\r\n\r\n');
  c.write('GET /chunks HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n');
});
