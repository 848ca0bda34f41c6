// process.exit in a promise reaction at the top level, with a nextTick queued before it: CommonJS (its ES module twin: esm-exit-in-promise.mjs)
process.on('exit', (code) => console.log('exit listener, code', code));
process.nextTick(() => console.log('nextTick'));
Promise.resolve().then(() => {
  console.log('promise reaction calls process.exit');
  process.exit(0);
});
console.log('top level done');
