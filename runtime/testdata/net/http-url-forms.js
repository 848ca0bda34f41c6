// http.get accepts a URL string, a URL-like object and an options object; all three reach the same handler
const http = require('http');
const server = http.createServer((req, res) => res.end(req.url));
server.listen(0, '127.0.0.1', async () => {
  const port = server.address().port;
  const urlLike = { href: `http://127.0.0.1:${port}/b?x=2`, protocol: 'http:', hostname: '127.0.0.1', port: String(port), pathname: '/b', search: '?x=2' };
  const forms = [`http://127.0.0.1:${port}/a?x=1`, urlLike, { host: '127.0.0.1', port, path: '/c?x=3' }];
  for (const form of forms) {
    await new Promise((resolve) => {
      http.get(form, (res) => {
        let body = '';
        res.on('data', (d) => (body += d));
        res.on('end', () => {
          console.log(typeof form === 'string' ? 'string' : form.href ? 'url-like' : 'options', '->', body);
          resolve();
        });
      });
    });
  }
  try {
    http.get('not a url');
  } catch (e) {
    console.log(e.code, e.message);
  }
  try {
    http.get('https://127.0.0.1/');
  } catch (e) {
    console.log(e.code, e.message);
  }
  server.close();
});
