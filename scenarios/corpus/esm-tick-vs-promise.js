// nextTick vs a promise reaction queued at the top level of the main module: CommonJS (its ES module twin: esm-tick-vs-promise.mjs)
process.nextTick(() => console.log('nextTick'));
Promise.resolve().then(() => console.log('promise reaction'));
queueMicrotask(() => console.log('queueMicrotask'));
console.log('top level done');
