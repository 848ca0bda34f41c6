// An 8 MiB upload to a handler that pauses the request: the client's write() returns false, no 'drain' after end(), and everything arrives once the server resumes
const http = require('http');
const size = 8 * 1024 * 1024;
let resumed = false;
const server = http.createServer((req, res) => {
  let got = 0;
  req.pause();
  setTimeout(() => {
    console.log('server: resuming');
    resumed = true;
    req.resume();
  }, 30);
  req.on('data', (d) => (got += d.length));
  req.on('end', () => {
    console.log('server: got', got, 'bytes');
    res.end('ok');
  });
});
server.listen(0, '127.0.0.1', () => {
  const req = http.request({ host: '127.0.0.1', port: server.address().port, method: 'PUT' }, (res) => {
    res.resume();
    res.on('end', () => {
      console.log('client: response done');
      server.close();
    });
  });
  console.log('client: write returned', req.write(Buffer.alloc(size)));
  req.on('drain', () => console.log('client: drain (not after end)'));
  req.on('finish', () => console.log('client: finish, after the server resumed:', resumed));
  req.end();
});
