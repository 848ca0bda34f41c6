setTimeout(() => {
  console.log('timer 1');
  process.nextTick(() => console.log('tick from 1'));
}, 5);
setTimeout(() => {
  console.log('timer 2');
  process.nextTick(() => console.log('tick from 2'));
}, 5);
const until = Date.now() + 20;
while (Date.now() < until) {} // the main module stays busy for 20 ms
