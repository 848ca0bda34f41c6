// queueMicrotask and promise reactions share one FIFO queue: order is the order they were queued
const p = Promise.resolve('value');
queueMicrotask(() => console.log('queueMicrotask 1'));
p.then(v => console.log('then 1 got', v));
queueMicrotask(() => console.log('queueMicrotask 2'));
p.then(v => console.log('then 2 got', v));
process.nextTick(() => console.log('nextTick still first'));
