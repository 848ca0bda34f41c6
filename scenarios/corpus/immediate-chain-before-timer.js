// a short setImmediate chain started in a timer finishes long before a 50ms timer set alongside it
setTimeout(() => {
  console.log('timer 1');
  setTimeout(() => console.log('timer 2 (50ms later)'), 50);
  setImmediate(() => {
    console.log('immediate 1 (same iteration)');
    setImmediate(() => console.log('immediate 2 (next iteration)'));
  });
}, 1);
