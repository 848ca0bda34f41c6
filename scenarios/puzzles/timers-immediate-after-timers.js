setTimeout(() => {
  console.log('timeout');
  setImmediate(() => console.log('immediate from timeout'));
  process.nextTick(() => console.log('tick from timeout'));
}, 5);
setTimeout(() => console.log('timeout 2'), 5);
const until = Date.now() + 20;
while (Date.now() < until) {} // the main module stays busy for 20 ms
