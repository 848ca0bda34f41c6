setImmediate(() => {
  console.log('A');
  setImmediate(() => console.log('C'));
});
setImmediate(() => console.log('B'));
