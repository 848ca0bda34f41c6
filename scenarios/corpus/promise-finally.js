// .finally passes the value or reason through, and costs extra ticks compared with .then
Promise.resolve('ok')
  .finally(() => console.log('finally 1 (no argument)'))
  .then(v => console.log('then after finally got', v));
Promise.reject(new Error('bad'))
  .finally(() => console.log('finally 2 on rejection'))
  .catch(e => console.log('catch after finally got', e.message));
Promise.resolve('x')
  .finally(() => {
    throw new Error('thrown in finally');
  })
  .catch(e => console.log('finally throw replaces value:', e.message));
Promise.resolve()
  .then(() => console.log('plain tick 1'))
  .then(() => console.log('plain tick 2'))
  .then(() => console.log('plain tick 3'))
  .then(() => console.log('plain tick 4'))
  .then(() => console.log('plain tick 5'));
