// awaiting another async function's call waits for its body, which itself awaits
async function inner(name) {
  console.log(name, 'inner start');
  await null;
  console.log(name, 'inner after await');
  return name + ' result';
}
async function outer() {
  console.log('outer start');
  const r = await inner('A');
  console.log('outer got', r);
}
outer();
Promise.resolve()
  .then(() => console.log('chain tick 1'))
  .then(() => console.log('chain tick 2'))
  .then(() => console.log('chain tick 3'))
  .then(() => console.log('chain tick 4'));
console.log('main done');
