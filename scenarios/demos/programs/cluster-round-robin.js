// Cluster: two workers share one port, the primary hands connections out in turn, and a worker that crashes is replaced
const cluster = require('cluster');
const http = require('http');
if (cluster.isPrimary) {
  let port = 0;
  let listening = 0;
  let sent = 0;
  let closing = false;
  const servedBy = [];
  function fork() {
    cluster.fork().on('listening', (addr) => {
      port = addr.port;
      listening++;
      if (listening === 2) {
        console.log('two workers listen on one port');
        send();
      } else if (listening > 2) {
        console.log('the replacement listens on the same port');
        send();
      }
    });
  }
  cluster.on('exit', (worker, code) => {
    if (closing) return;
    console.log(`a worker died (exit code ${code}): the primary forks a replacement`);
    fork();
  });
  function send() {
    if (sent === 6) {
      // Which worker takes the first connection varies from run to run in node; the pattern does not.
      const [a, b, ...after] = servedBy;
      console.log('the first two requests went to different workers:', a !== b);
      console.log('after the crash, both live workers answered, the replacement among them:', new Set(after).size === 2 && after.includes('3'));
      closing = true;
      for (const id in cluster.workers) cluster.workers[id].kill();
      return;
    }
    const n = ++sent;
    http.get({ port, path: '/' + n, agent: false }, (res) => {
      let who = '';
      res.on('data', (c) => (who += c));
      res.on('end', () => {
        servedBy.push(who);
        console.log(`request ${n} answered`);
        send();
      });
    }).on('error', (e) => console.log(`request ${n} failed: ${e.message}`));
  }
  fork();
  fork();
} else {
  http.createServer((req, res) => {
    if (req.url === '/3') process.exit(1); // crashes in the middle of request 3
    res.end(String(cluster.worker.id));
  }).listen(0);
}
