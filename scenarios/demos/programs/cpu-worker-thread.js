// The same 200 ms computation in a worker thread: the main thread stays free and the heartbeat keeps time
const { Worker } = require('worker_threads');
let beats = 0;
let finished = false;
const heartbeat = setInterval(() => {
  beats++;
  if (beats === 1) {
    console.log('beat 1: starting the heavy work in a worker');
    const worker = new Worker(`
      const { parentPort } = require('worker_threads');
      let x = 0;
      const t = Date.now();
      while (Date.now() - t < 200) x = Math.sqrt(x + t); // the same 200 ms, on another thread
      parentPort.postMessage('done');
    `, { eval: true });
    worker.on('message', () => {
      finished = true;
      console.log('heavy work ends (in the worker)');
    });
  } else {
    console.log('beat', beats + ':', finished ? 'late, the heavy work is already over' : 'on time, the heavy work is still going');
    if (beats === 3) clearInterval(heartbeat);
  }
}, 10);
