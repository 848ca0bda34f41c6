// Ticks and microtasks drain after every callback, not once per phase: each timer's reactions run before the next timer
setTimeout(() => {
  console.log('timer 1');
  process.nextTick(() => console.log('  tick queued by timer 1'));
  Promise.resolve().then(() => console.log('  promise queued by timer 1'));
}, 5);
setTimeout(() => {
  console.log('timer 2');
  Promise.resolve().then(() => console.log('  promise queued by timer 2'));
}, 5);
