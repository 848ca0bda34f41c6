// await of a plain value takes one microtask tick, like a resolved promise reaction
async function worker() {
  console.log('worker start');
  const v = await 42;
  console.log('worker resumed with', v);
  await undefined;
  console.log('worker resumed again');
}
worker();
Promise.resolve()
  .then(() => console.log('then 1'))
  .then(() => console.log('then 2'))
  .then(() => console.log('then 3'));
console.log('main done');
