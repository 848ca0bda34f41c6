// nextTicks and promise reactions queued inside a timer callback run before the next timer
setTimeout(() => {
  console.log('timer 1');
  Promise.resolve().then(() => console.log('  promise from timer 1'));
  process.nextTick(() => console.log('  tick from timer 1'));
}, 0);
setTimeout(() => {
  console.log('timer 2');
  queueMicrotask(() => console.log('  microtask from timer 2'));
}, 0);
setTimeout(() => console.log('timer 3'), 0);
