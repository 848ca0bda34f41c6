// a promise reaction queued inside a nextTick waits until the whole tick queue (new ticks too) is drained
process.nextTick(() => {
  console.log('tick A');
  Promise.resolve().then(() => console.log('then queued by tick A'));
  process.nextTick(() => console.log('tick C queued by tick A'));
});
process.nextTick(() => console.log('tick B'));
Promise.resolve().then(() => console.log('then queued by main'));
console.log('main done');
