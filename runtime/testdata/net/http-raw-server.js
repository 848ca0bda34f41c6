// http.get against a raw net server: a Content-Length body, a chunked body, and a body that ends with the connection
const net = require('net');
const http = require('http');
const replies = {
  '/len': 'HTTP/1.1 200 OK\r\nContent-Length: 5\r\nX-Kind: length\r\n\r\nhello',
  '/chunked': 'HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabc\r\n4\r\ndefg\r\n0\r\n\r\n',
  '/close': 'HTTP/1.0 203 Maybe\r\nContent-Type: text/plain\r\n\r\nuntil the end',
};
const server = net.createServer((sock) => {
  let head = '';
  sock.setEncoding('latin1');
  sock.on('data', (d) => {
    head += d;
    if (!head.includes('\r\n\r\n')) return;
    const path = head.split(' ')[1];
    sock.end(replies[path]);
  });
});
server.listen(0, '127.0.0.1', async () => {
  for (const path of Object.keys(replies)) {
    await new Promise((resolve) => {
      http.get({ host: '127.0.0.1', port: server.address().port, path, agent: false }, (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (d) => (body += d));
        res.on('end', () => {
          console.log(path, res.statusCode, res.statusMessage, res.httpVersion, JSON.stringify(body), res.headers);
          resolve();
        });
      });
    });
  }
  server.close();
});
