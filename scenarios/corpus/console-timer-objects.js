// printing values from the loop: a resolved promise, a pending promise, an array of results
const results = [];
const p = new Promise(resolve => setTimeout(() => resolve('done'), 5));
console.log('pending promise:', p);
p.then(v => {
  results.push(v);
  console.log('settled promise:', p);
  console.log('results:', results, 'length', results.length);
});
const rejected = Promise.reject(new Error('x'));
rejected.catch(() => {});
console.log('typeof results:', typeof results, Array.isArray(results));
