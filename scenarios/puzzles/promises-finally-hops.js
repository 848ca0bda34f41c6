Promise.resolve('v')
  .finally(() => console.log('finally'))
  .then((v) => console.log('after finally ' + v));
Promise.resolve()
  .then(() => console.log('t1'))
  .then(() => console.log('t2'))
  .then(() => console.log('t3'))
  .then(() => console.log('t4'));
