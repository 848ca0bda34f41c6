// a three-step promise chain and an async function against one nextTick at the top level: ES module (its CommonJS twin: esm-promise-chain-vs-tick.js)
process.nextTick(() => console.log('nextTick'));
Promise.resolve()
  .then(() => console.log('then 1'))
  .then(() => console.log('then 2'))
  .then(() => console.log('then 3'));
(async () => { await null; await null; console.log('async after two awaits'); })();
console.log('top level done');
