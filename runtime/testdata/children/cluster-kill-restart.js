// cluster restart-on-crash: a worker that crashes is replaced by a new one; the primary tells them apart by id
const cluster = require('cluster');
if (cluster.isPrimary) {
  let restarts = 0;
  cluster.on('exit', (w, code, sig) => {
    console.log('worker', w.id, 'exited with', code, sig, 'after disconnect:', w.exitedAfterDisconnect);
    if (restarts++ === 0) {
      const next = cluster.fork({ CRASH: '' });
      next.on('online', () => { console.log('replacement', next.id, 'online'); next.kill(); });
    }
  });
  cluster.fork({ CRASH: '1' });
} else if (process.env.CRASH) {
  setTimeout(() => { throw new Error('worker crashed'); }, 10);
} else {
  setInterval(() => {}, 1000);
}
