setTimeout(() => {
  console.log('timeout 1');
  setImmediate(() => console.log('immediate from timeout'));
  process.nextTick(() => console.log('tick from timeout'));
}, 5);
setTimeout(() => console.log('timeout 2'), 5);
const iv = setInterval(() => {
  console.log('interval');
  clearInterval(iv);
}, 10);
