// a whole promise chain started in a timer completes before the next timer of the same list runs
setTimeout(() => {
  console.log('timer A');
  Promise.resolve()
    .then(() => console.log('  A chain 1'))
    .then(() => console.log('  A chain 2'))
    .then(() => {
      console.log('  A chain 3 queues a tick');
      process.nextTick(() => console.log('  A tick after chain'));
    });
}, 5);
setTimeout(() => console.log('timer B'), 5);
