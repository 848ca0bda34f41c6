setTimeout(() => {
  console.log('timer 1');
  Promise.resolve().then(() => console.log('promise from timer 1'));
}, 0);
setTimeout(() => console.log('timer 2'), 0);
const until = Date.now() + 20;
while (Date.now() < until) {} // the main module stays busy for 20 ms
