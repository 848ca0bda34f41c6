// scheduling from a promise reaction after the main module is still the main-module race
// loopviz: racy
Promise.resolve().then(() => {
  setImmediate(() => console.log('immediate'));
  setTimeout(() => console.log('timeout'), 0);
});
process.nextTick(() => console.log('tick'));
