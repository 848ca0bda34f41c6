// a throw inside a nextTick callback is an uncaught exception; the rest of the tick queue is dropped
process.nextTick(() => console.log('tick 1'));
process.nextTick(() => {
  throw new Error('tick failed');
});
process.nextTick(() => console.log('tick 3 never runs'));
process.on('exit', code => console.log('exit', code));
