Promise.resolve().then(() => {
  console.log('then 1');
  process.nextTick(() => console.log('tick'));
});
Promise.resolve().then(() => console.log('then 2'));
Promise.resolve().then(() => console.log('then 3'));
