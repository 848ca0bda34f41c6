process.nextTick(async () => {
  console.log('tick start');
  await null;
  console.log('tick after await');
});
process.nextTick(() => console.log('tick 2'));
Promise.resolve().then(() => console.log('promise'));
