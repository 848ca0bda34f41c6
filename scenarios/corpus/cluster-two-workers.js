// cluster: the primary forks two workers, each a process with a loop of its own; whose hello arrives first is a race
// loopviz: racy
const cluster = require('cluster');
if (cluster.isPrimary) {
  let exited = 0;
  cluster.fork();
  cluster.fork();
  cluster.on('online', (w) => w.send('go'));
  cluster.on('message', (w, m) => {
    console.log(m, 'from worker', w.id);
    w.disconnect();
  });
  cluster.on('exit', (w, code) => {
    if (++exited === 2) console.log('both workers exited, last code', code);
  });
} else {
  process.on('message', (m) => process.send('hello after ' + m));
}
