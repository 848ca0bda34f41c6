// An ES module entry runs as a promise job: at its top level promise reactions run before nextTicks, and setImmediate beats setTimeout 0
setTimeout(() => console.log('timeout 0'), 0);
setImmediate(() => console.log('immediate'));
process.nextTick(() => console.log('nextTick'));
Promise.resolve().then(() => console.log('promise'));
console.log('module body');
