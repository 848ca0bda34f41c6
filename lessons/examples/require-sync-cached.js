// require() is synchronous and cached: the module runs once, at the call, and exports a copy of a primitive, not a live binding
console.log('before require');
const a = require('./modules/counter');
console.log('after require');
const b = require('./modules/counter');
console.log('same object from the cache?', a === b);
console.log('increment ->', a.increment(), a.increment());
console.log('exported count is still', a.count, '(a copy taken at export time)');
