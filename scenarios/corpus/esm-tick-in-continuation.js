// a nextTick queued inside an await continuation, against promise reactions queued beside it: CommonJS (its ES module twin: esm-tick-in-continuation.mjs)
async function work() {
  await null;
  process.nextTick(() => console.log('nextTick from the continuation'));
  Promise.resolve().then(() => console.log('promise from the continuation'));
  console.log('continuation');
}
work();
process.nextTick(() => console.log('nextTick from the top level'));
console.log('top level done');
