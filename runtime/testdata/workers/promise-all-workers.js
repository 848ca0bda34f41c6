// Three workers computing in parallel, their answers collected with Promise.all in the order the workers were made
const { Worker } = require('worker_threads');
function run(n) {
  return new Promise((resolve, reject) => {
    const w = new Worker(`
      const { parentPort, workerData } = require('worker_threads');
      let sum = 0;
      for (let i = 1; i <= workerData * 1000; i++) sum += i;
      parentPort.postMessage(sum);
    `, { eval: true, workerData: n });
    w.once('message', resolve);
    w.once('error', reject);
  });
}
Promise.all([run(3), run(1), run(2)]).then((sums) => console.log('sums', sums));
console.log('started three workers');
