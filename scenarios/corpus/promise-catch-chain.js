// a rejection skips .then handlers until a .catch; the chain continues after the catch
Promise.resolve(1)
  .then(v => {
    console.log('step 1 got', v);
    throw new Error('step 1 failed');
  })
  .then(() => console.log('step 2 skipped'))
  .then(() => console.log('step 3 skipped'))
  .catch(err => {
    console.log('caught:', err.message);
    return 'recovered';
  })
  .then(v => console.log('after catch:', v));
Promise.resolve()
  .then(() => console.log('other 1'))
  .then(() => console.log('other 2'))
  .then(() => console.log('other 3'))
  .then(() => console.log('other 4'));
