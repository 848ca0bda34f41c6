setImmediate(() => console.log('immediate'));
setTimeout(() => console.log('timeout'), 200);
queueMicrotask(() => console.log('microtask'));
process.nextTick(() => console.log('tick'));
Promise.resolve().then(() => console.log('then'));
console.log('sync');
