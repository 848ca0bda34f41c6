// isMainThread, threadId and parentPort on each side; a worker's process.env is a copy and its cwd is the process's
const wt = require('worker_threads');
if (wt.isMainThread) {
  process.env.GREETING = 'hello';
  const w = new wt.Worker(__filename);
  w.on('message', (m) => console.log('from worker', m));
  w.on('exit', () => console.log('main env after', process.env.GREETING));
  console.log('main', wt.isMainThread, wt.threadId, wt.parentPort, w.threadId);
} else {
  wt.parentPort.postMessage({ main: wt.isMainThread, id: wt.threadId, port: wt.parentPort !== null, env: process.env.GREETING });
  process.env.GREETING = 'changed in worker';
}
