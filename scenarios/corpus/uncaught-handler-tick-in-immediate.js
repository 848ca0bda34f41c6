// a handled throw in a tick between immediates: the remaining ticks wait until after the next immediate
process.on('uncaughtException', err => console.log('handler:', err.message));
setImmediate(() => {
  console.log('immediate 1');
  process.nextTick(() => {
    throw new Error('tick failed');
  });
  process.nextTick(() => console.log('tick 2 (queued by immediate 1)'));
});
setImmediate(() => console.log('immediate 2'));
setImmediate(() => console.log('immediate 3'));
