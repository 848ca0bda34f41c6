Promise.reject(new Error('boom'))
  .then(() => console.log('then 1'))
  .catch((e) => console.log('catch ' + e.message))
  .then(() => console.log('then 2'))
  .finally(() => console.log('finally'));
console.log('sync');
