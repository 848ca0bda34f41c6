// a handled throw in a nextTick after the main module: the remaining ticks run before the first immediate
process.on('uncaughtException', err => console.log('handler:', err.message));
process.nextTick(() => {
  throw new Error('tick 1 failed');
});
process.nextTick(() => console.log('tick 2'));
Promise.resolve().then(() => console.log('promise after tick 2'));
setImmediate(() => {
  console.log('immediate 1');
  process.nextTick(() => console.log('tick from immediate 1'));
});
setImmediate(() => console.log('immediate 2'));
