// a rejection handled further down the same chain is handled: intermediate .then links pass it along
Promise.reject(new Error('early'))
  .then(() => console.log('skipped 1'))
  .then(() => console.log('skipped 2'))
  .catch(err => console.log('chain caught:', err.message));
new Promise((_, reject) => reject('string reason')).catch(r => console.log('caught non-Error:', r));
process.on('exit', code => console.log('exit code', code));
