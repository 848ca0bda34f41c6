// Two requests sent back to back on one connection: the server handles them in order and answers the second only after the first
const net = require('net');
const http = require('http');
const server = http.createServer((req, res) => {
  console.log('server: request', req.url);
  const answer = () => {
    console.log('server: answering', req.url);
    res.end(req.url);
  };
  if (req.url === '/first') setTimeout(answer, 30);
  else setImmediate(answer);
});
server.listen(0, '127.0.0.1', () => {
  const c = net.connect(server.address().port, '127.0.0.1');
  c.write('GET /first HTTP/1.1\r\nHost: x\r\n\r\nGET /second HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n');
  let text = '';
  c.on('data', (d) => (text += d));
  c.on('end', () => {
    const bodies = text.split('\r\n\r\n').slice(1).map((b) => b.split('\r\n')[0]);
    console.log('client: bodies in order', bodies);
    server.close();
  });
});
