// an async IIFE at the top level: its code before the first await runs at once, the rest later: CommonJS (its ES module twin: esm-async-iife.mjs)
(async () => {
  console.log('iife: before await');
  await null;
  console.log('iife: after await');
})();
process.nextTick(() => console.log('nextTick'));
Promise.resolve().then(() => console.log('promise reaction'));
console.log('top level done');
