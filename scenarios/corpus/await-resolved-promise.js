// await of an already resolved native promise costs exactly one tick per await
async function stepper() {
  await Promise.resolve();
  console.log('stepper after await 1');
  await Promise.resolve('x');
  console.log('stepper after await 2');
  await null;
  console.log('stepper after await 3');
}
stepper();
Promise.resolve()
  .then(() => console.log('chain tick 1'))
  .then(() => console.log('chain tick 2'))
  .then(() => console.log('chain tick 3'));
