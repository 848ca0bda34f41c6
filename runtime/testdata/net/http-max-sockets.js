// An agent with maxSockets: 1 queues the other requests and sends them one by one over the same kept-alive socket
const http = require('http');
const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
let connections = 0;
const server = http.createServer((req, res) => {
  console.log('server: request', req.url);
  setTimeout(() => res.end(req.url), 5);
});
server.on('connection', () => console.log('server: connection', ++connections));
server.listen(0, '127.0.0.1', () => {
  let left = 3;
  for (const path of ['/1', '/2', '/3']) {
    const req = http.get({ host: '127.0.0.1', port: server.address().port, path, agent }, (res) => {
      res.resume();
      res.on('end', () => {
        console.log('client: done', path, 'reused', req.reusedSocket);
        if (--left === 0) {
          agent.destroy();
          server.close(() => console.log('server closed'));
        }
      });
    });
  }
  const name = Object.keys(agent.requests)[0];
  console.log('queued in the agent:', agent.requests[name].length, 'sockets:', agent.sockets[name].length);
});
