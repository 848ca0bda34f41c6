// res.write() after res.end(): ERR_STREAM_WRITE_AFTER_END, delivered to the callback and as an 'error' event on a nextTick
const http = require('http');
const server = http.createServer((req, res) => {
  res.on('error', (err) => console.log('res error event:', err.code));
  res.end('first');
  const ok = res.write('second', (err) => console.log('write callback:', err.code, err.message));
  console.log('write returned', ok);
  process.nextTick(() => console.log('nextTick after write'));
});
server.listen(0, '127.0.0.1', () => {
  http.get({ host: '127.0.0.1', port: server.address().port }, (res) => {
    let body = '';
    res.on('data', (d) => (body += d));
    res.on('end', () => {
      console.log('client got', body);
      server.close();
    });
  });
});
