// a setTimeout(0) created inside a timer callback waits for a later timers phase
setTimeout(() => {
  console.log('outer A');
  setTimeout(() => console.log('nested inside A'), 0);
}, 0);
setTimeout(() => {
  console.log('outer B');
  setTimeout(() => console.log('nested inside B'), 0);
}, 0);
