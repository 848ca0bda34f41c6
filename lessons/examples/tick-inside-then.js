// A nextTick queued inside a .then waits until the whole microtask queue is empty, even reactions chained later
Promise.resolve()
  .then(() => {
    console.log('then 1');
    process.nextTick(() => console.log('nextTick from then 1'));
  })
  .then(() => console.log('then 2 (chained)'))
  .then(() => console.log('then 3 (chained)'));
