queueMicrotask(() => console.log('microtask'));
process.nextTick(() => console.log('tick'));
console.log('sync');
