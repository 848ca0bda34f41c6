// res.write() several times sends a chunked response; the client gets the pieces as they come and one 'end'
const http = require('http');
const server = http.createServer((req, res) => {
  res.write('part 1;');
  let n = 1;
  const t = setInterval(() => {
    n++;
    if (n < 4) res.write(`part ${n};`);
    else {
      clearInterval(t);
      res.end('done');
    }
  }, 5);
});
server.listen(0, '127.0.0.1', () => {
  http.get({ host: '127.0.0.1', port: server.address().port }, (res) => {
    console.log('transfer-encoding:', res.headers['transfer-encoding'], 'content-length:', res.headers['content-length']);
    res.setEncoding('utf8');
    res.on('data', (d) => console.log('data:', d));
    res.on('end', () => {
      console.log('end');
      server.close();
    });
  });
});
