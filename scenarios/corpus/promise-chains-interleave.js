// two promise chains interleave one step at a time, each .then one tick after the previous
Promise.resolve()
  .then(() => console.log('A1'))
  .then(() => console.log('A2'))
  .then(() => console.log('A3'));
Promise.resolve()
  .then(() => console.log('B1'))
  .then(() => console.log('B2'))
  .then(() => console.log('B3'));
new Promise(resolve => resolve())
  .then(() => console.log('C1'))
  .then(() => console.log('C2'));
