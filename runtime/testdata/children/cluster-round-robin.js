// cluster: two workers share one HTTP server; the primary hands connections to them round robin
const cluster = require('cluster');
const http = require('http');
if (cluster.isPrimary) {
  let listening = 0;
  const seen = [];
  cluster.on('listening', (w, addr) => {
    if (++listening < 2) return;
    const ask = (i) => http.get({ port: addr.port, path: '/' + i, agent: false }, (res) => {
      let body = '';
      res.on('data', (d) => { body += d; });
      res.on('end', () => {
        const [who, url] = body.split(' ');
        seen.push(who);
        console.log('request', i, 'answered for', url, res.statusCode);
        if (i < 6) return ask(i + 1);
        const alternating = seen.every((w2, j) => j < 2 || w2 === seen[j - 2]) && seen[0] !== seen[1];
        console.log('both workers served, turn about:', alternating);
        for (const id in cluster.workers) cluster.workers[id].kill();
      });
    });
    ask(1);
  });
  cluster.on('exit', (w, code, sig) => console.log('a worker exited', code, sig));
  cluster.fork();
  cluster.fork();
} else {
  http.createServer((req, res) => res.end(cluster.worker.id + ' ' + req.url)).listen(0);
}
