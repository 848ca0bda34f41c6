// A middleware chain on plain http: each layer calls next(); a thrown error skips to the error handler, known by its 4 parameters
const http = require('http');
function app(layers) {
  return (req, res) => {
    let i = 0;
    function next(err) {
      const layer = layers[i++];
      if (!layer) return;
      const isErrorHandler = layer.length === 4;
      try {
        if (err && isErrorHandler) layer(err, req, res, next);
        else if (err) next(err); // ordinary layers are skipped while an error travels
        else if (!isErrorHandler) layer(req, res, next);
        else next();
      } catch (e) {
        next(e);
      }
    }
    next();
  };
}
const server = http.createServer(app([
  (req, res, next) => { console.log('log:', req.url); next(); },
  (req, res, next) => { if (req.url === '/admin') throw new Error('not allowed'); next(); },
  (req, res, next) => res.end('hello'),
  (err, req, res, next) => { console.log('error handler:', err.message); res.statusCode = 403; res.end(); },
]));
server.listen(0, '127.0.0.1', async () => {
  for (const path of ['/home', '/admin']) {
    await new Promise((resolve) => http.get({ host: '127.0.0.1', port: server.address().port, path, agent: false }, (res) => {
      res.resume();
      res.on('end', () => { console.log(path, '->', res.statusCode); resolve(); });
    }));
  }
  server.close();
});
