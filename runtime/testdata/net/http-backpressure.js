// res.write() of a large chunk returns false once the socket holds more than its highWaterMark; 'drain' says when to write again
const http = require('http');
const chunk = Buffer.alloc(64 * 1024, 'x');
const total = 200;
const server = http.createServer((req, res) => {
  let written = 0;
  let refused = 0;
  let drains = 0;
  const pump = () => {
    while (written < total) {
      written++;
      if (!res.write(chunk)) {
        refused++;
        return;
      }
    }
    res.end();
    console.log('server: wrote', written, 'chunks; write() returned false', refused > 0 ? 'at least once' : 'never', '; drains', drains > 0 ? 'seen' : 'none');
  };
  res.on('drain', () => {
    drains++;
    pump();
  });
  pump();
});
server.listen(0, '127.0.0.1', () => {
  http.get({ host: '127.0.0.1', port: server.address().port }, (res) => {
    let got = 0;
    res.on('data', (d) => (got += d.length));
    res.on('end', () => {
      console.log('client: got', got, 'bytes, expected', total * chunk.length);
      server.close();
    });
  });
});
