// Promise.any takes the first fulfilment; if all reject it rejects with an AggregateError
Promise.any([
  Promise.reject(new Error('a failed')),
  new Promise(resolve => setTimeout(() => resolve('b won'), 5)),
  Promise.reject(new Error('c failed')),
]).then(v => console.log('any 1:', v));
Promise.any([Promise.reject(new Error('x')), Promise.reject(new Error('y'))]).catch(e => {
  console.log('any 2:', e.constructor.name, e.name);
  console.log('message:', e.message);
  console.log('errors:', e.errors.map(x => x.message));
});
Promise.any([]).catch(e => console.log('any of []:', e.message));
