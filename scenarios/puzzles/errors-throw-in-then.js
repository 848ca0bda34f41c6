Promise.resolve(1)
  .then((v) => {
    console.log('got ' + v);
    throw new Error('bad ' + v);
  })
  .then(() => console.log('skipped'))
  .catch((e) => {
    console.log('caught ' + e.message);
    return 2;
  })
  .then((v) => console.log('recovered ' + v));
