// In node 20.19 and later, require() loads an ES module without top-level await: its namespace object
const counter = require('./modules/counter.mjs');
console.log('increment is a', typeof counter.increment);
console.log('increment() ->', counter.increment(), '; count reads', counter.count);
