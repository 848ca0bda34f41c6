async function worker() {
  console.log('w1');
  await null;
  console.log('w2');
  await null;
  console.log('w3');
}
worker();
Promise.resolve()
  .then(() => console.log('p1'))
  .then(() => console.log('p2'));
console.log('sync');
