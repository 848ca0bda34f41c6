// a nextTick queued inside a promise reaction waits until the whole microtask queue is drained
Promise.resolve()
  .then(() => {
    console.log('chain1 step1');
    process.nextTick(() => console.log('tick queued by chain1 step1'));
  })
  .then(() => console.log('chain1 step2'));
Promise.resolve()
  .then(() => console.log('chain2 step1'))
  .then(() => console.log('chain2 step2'))
  .then(() => console.log('chain2 step3'));
console.log('main done');
