// A middleware chain in front of a server: logging, a fixed-window rate limiter (2 per second), the route, and the error handler at the end
const http = require('http');
const hits = new Map(); // client -> { start, count }
const chain = [
  function log(req, res, next) { console.log('->', req.headers['x-client'], req.url); next(); },
  function rateLimit(req, res, next) {
    const now = Date.now();
    let w = hits.get(req.headers['x-client']);
    if (!w || now - w.start >= 1000) hits.set(req.headers['x-client'], (w = { start: now, count: 0 }));
    if (++w.count > 2) { res.statusCode = 429; return res.end('too many requests'); }
    next();
  },
  function route(req, res, next) {
    if (req.url === '/broken') throw new Error('the route failed');
    res.end('ok');
  },
  function errorHandler(err, req, res, next) { console.log('error handler:', err.message); res.statusCode = 500; res.end(); },
];
const server = http.createServer((req, res) => {
  let i = 0;
  const next = (err) => {
    const layer = chain[i++];
    if (!layer) return;
    try {
      if (err) return layer.length === 4 ? layer(err, req, res, next) : next(err);
      if (layer.length < 4) layer(req, res, next); else next();
    } catch (e) { next(e); }
  };
  next();
});
const script = [['ada', '/'], ['ada', '/'], ['ada', '/'], ['bob', '/broken'], ['bob', '/']];
server.listen(0, '127.0.0.1', async () => {
  for (const [client, path] of script) {
    await new Promise((resolve) => http.get({ host: '127.0.0.1', port: server.address().port, path, agent: false, headers: { 'x-client': client } }, (res) => {
      res.resume();
      res.on('end', () => { console.log('<-', client, path, res.statusCode); resolve(); });
    }));
  }
  server.close();
});
