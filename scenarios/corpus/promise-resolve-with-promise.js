// resolving a new Promise with a promise costs two ticks; Promise.resolve(p) returns p itself
const p = Promise.resolve('p');
console.log('Promise.resolve(p) === p:', Promise.resolve(p) === p);
new Promise(resolve => resolve(p)).then(v => console.log('wrapped by executor:', v));
Promise.resolve(p).then(v => console.log('Promise.resolve(p):', v));
Promise.resolve()
  .then(() => console.log('tick 1'))
  .then(() => console.log('tick 2'))
  .then(() => console.log('tick 3'))
  .then(() => console.log('tick 4'));
