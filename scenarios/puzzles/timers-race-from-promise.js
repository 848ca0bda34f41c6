// loopviz: racy
Promise.resolve().then(() => {
  setImmediate(() => console.log('immediate'));
  setTimeout(() => console.log('timeout'), 0);
});
process.nextTick(() => console.log('tick'));
