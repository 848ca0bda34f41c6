// The request is a Readable: for await over req collects the body chunk by chunk
const http = require('http');
const server = http.createServer(async (req, res) => {
  const chunks = [];
  for await (const chunk of req) chunks.push(chunk.toString());
  console.log('server: chunks', chunks.length, 'body', chunks.join(''));
  res.end('thanks');
});
server.listen(0, '127.0.0.1', () => {
  const req = http.request({ host: '127.0.0.1', port: server.address().port, method: 'PUT' }, (res) => {
    res.setEncoding('utf8');
    res.on('data', (d) => console.log('client:', d));
    res.on('end', () => server.close());
  });
  req.write('alpha ');
  setTimeout(() => req.write('beta '), 5);
  setTimeout(() => req.end('gamma'), 10);
});
