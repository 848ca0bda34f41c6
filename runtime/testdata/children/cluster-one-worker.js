// cluster with one worker: 'fork', 'online', messages both ways through worker.send and process.send, then 'disconnect' and 'exit'
const cluster = require('cluster');
if (cluster.isPrimary) {
  console.log('primary', cluster.isPrimary, cluster.isWorker, cluster.isMaster);
  const w = cluster.fork({ ROLE: 'solo' });
  cluster.on('fork', (wk) => console.log('fork', wk.id));
  cluster.on('online', (wk) => { console.log('online', wk.id, wk.state); wk.send({ task: 21 }); });
  w.on('message', (m) => {
    console.log('result', m, Object.keys(cluster.workers));
    w.disconnect();
  });
  cluster.on('disconnect', (wk) => console.log('disconnect', wk.id));
  cluster.on('exit', (wk, code, sig) => console.log('exit', wk.id, code, sig, wk.exitedAfterDisconnect, Object.keys(cluster.workers)));
} else {
  process.on('message', (m) => process.send({ answer: m.task * 2, id: cluster.worker.id, role: process.env.ROLE, isWorker: cluster.isWorker }));
}
