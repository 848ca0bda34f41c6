// process.exit() in a worker ends the worker thread only: the parent sees 'exit' with its code and carries on
const { Worker } = require('worker_threads');
const w = new Worker(`console.log('worker runs'); process.exit(3); console.log('never');`, { eval: true });
w.on('exit', (c) => {
  console.log('worker exit', c, 'main exitCode', process.exitCode);
  setTimeout(() => console.log('main still running'), 5);
});
