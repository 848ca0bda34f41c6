// A ping-pong round trip between the main thread and a worker that would run forever, ended by terminate()
const { Worker, isMainThread, parentPort } = require('worker_threads');
if (isMainThread) {
  const w = new Worker(__filename);
  let rounds = 0;
  w.on('message', async (m) => {
    console.log('main got', m);
    if (++rounds < 3) {
      w.postMessage('ping ' + rounds);
      return;
    }
    const code = await w.terminate();
    console.log('terminated with', code);
  });
  w.on('exit', (code) => console.log('exit event', code));
  w.postMessage('ping 0');
} else {
  parentPort.on('message', (m) => parentPort.postMessage('pong for ' + m));
  process.on('exit', () => console.log('never: terminate skips exit listeners'));
}
