// A fixed-window rate limiter: 3 requests per 1-second window per client; the 4th is answered 429 until the window resets
const http = require('http');
const LIMIT = 3;
const WINDOW_MS = 1000;
const windows = new Map(); // client -> { start, count }
function allow(client) {
  const now = Date.now();
  let w = windows.get(client);
  if (!w || now - w.start >= WINDOW_MS) windows.set(client, (w = { start: now, count: 0 }));
  w.count++;
  return w.count <= LIMIT;
}
const server = http.createServer((req, res) => {
  const client = req.headers['x-client'];
  if (!allow(client)) {
    res.statusCode = 429;
    return res.end('too many requests');
  }
  res.end('ok');
});
function get(n) {
  return new Promise((resolve) => {
    http.get({ host: '127.0.0.1', port: server.address().port, agent: false, headers: { 'x-client': 'ada' } }, (res) => {
      res.resume();
      res.on('end', () => { console.log('request', n, '->', res.statusCode); resolve(); });
    });
  });
}
server.listen(0, '127.0.0.1', async () => {
  for (let n = 1; n <= 5; n++) await get(n); // five in a row, inside one window
  await new Promise((r) => setTimeout(r, WINDOW_MS)); // wait for a fresh window
  await get(6);
  server.close();
});
