// Promise.allSettled reports every outcome as {status, value} or {status, reason}
Promise.allSettled([
  Promise.resolve(1),
  Promise.reject(new Error('two failed')),
  3,
  new Promise(resolve => setTimeout(() => resolve('four'), 5)),
]).then(results => {
  for (const r of results) {
    if (r.status === 'fulfilled') console.log('fulfilled', r.value);
    else console.log('rejected', r.reason.message);
  }
  console.log(results.map(r => r.status));
});
