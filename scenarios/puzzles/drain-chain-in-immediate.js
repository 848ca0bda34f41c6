setImmediate(() => {
  console.log('im 1');
  Promise.resolve()
    .then(() => console.log('chain 1'))
    .then(() => console.log('chain 2'))
    .then(() => console.log('chain 3'));
});
setImmediate(() => console.log('im 2'));
