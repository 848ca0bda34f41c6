// a nextTick that queues a promise reaction, and a promise reaction that queues a nextTick: CommonJS (its ES module twin: esm-tick-promise-nesting.mjs)
process.nextTick(() => {
  console.log('tick 1');
  Promise.resolve().then(() => console.log('promise queued by tick 1'));
});
Promise.resolve().then(() => {
  console.log('promise 1');
  process.nextTick(() => console.log('tick queued by promise 1'));
});
process.nextTick(() => console.log('tick 2'));
console.log('top level done');
