// top-level await: the module is an async function body, and the loop runs while it waits
console.log('1: top level starts');
setTimeout(() => console.log('timeout 0'), 0);
setImmediate(() => console.log('immediate'));
process.nextTick(() => console.log('nextTick'));
await null;
console.log('2: after await null');
await new Promise((resolve) => setImmediate(resolve));
console.log('3: after an immediate');
await new Promise((resolve) => setTimeout(resolve, 5));
console.log('4: after a 5 ms timer');
