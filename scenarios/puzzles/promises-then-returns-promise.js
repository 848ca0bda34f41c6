Promise.resolve()
  .then(() => {
    console.log('a');
    return Promise.resolve('x');
  })
  .then((v) => console.log('got ' + v));
Promise.resolve()
  .then(() => console.log('b'))
  .then(() => console.log('c'))
  .then(() => console.log('d'))
  .then(() => console.log('e'));
