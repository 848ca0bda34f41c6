// cluster: every worker is a process of its own, with its own memory and event loop: a counter each one increments stays 1 in each
const cluster = require('cluster');
let counter = 0;
if (cluster.isPrimary) {
  cluster.on('message', (worker, msg) => console.log('worker', worker.id, 'says:', msg));
  cluster.on('exit', (worker, code) => {
    console.log('worker', worker.id, 'exited with code', code);
    if (worker.id === 1) cluster.fork(); // one at a time, so the order is fixed
    else console.log('primary: my counter is still', counter);
  });
  cluster.fork();
} else {
  counter++;
  process.send('my counter is ' + counter + ' (isPrimary: ' + cluster.isPrimary + ')');
  cluster.worker.disconnect();
}
