const fail = (m) => Promise.reject(new Error(m));
Promise.any([fail('a'), Promise.resolve('b'), Promise.resolve('c')])
  .then((v) => console.log('any: ' + v));
Promise.any([fail('x'), fail('y')])
  .catch((e) => console.log(e.constructor.name + ': ' + e.errors.length));
Promise.resolve().then(() => console.log('plain'));
