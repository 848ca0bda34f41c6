Promise.resolve()
  .then(() => {
    console.log('a');
    Promise.resolve().then(() => console.log('c'));
  })
  .then(() => console.log('d'));
Promise.resolve().then(() => console.log('b'));
