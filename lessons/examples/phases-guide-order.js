// The classic ordering: synchronous code, then nextTicks, then promise reactions, then the loop's first timer
console.log('Start');
setTimeout(() => console.log('setTimeout'), 0);
Promise.resolve().then(() => console.log('Promise'));
process.nextTick(() => console.log('nextTick'));
console.log('End');
