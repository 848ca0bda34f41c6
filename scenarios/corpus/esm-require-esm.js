// require() of an ES module: allowed when its graph has no top-level await (node 20.19+)
const counter = require('./modules/esm-counter.mjs');
console.log(counter.count, counter.default);
counter.increment();
console.log(counter.count, require('./modules/esm-counter.mjs') === counter);
try {
  require('./modules/esm-esm-only.mjs');
} catch (e) {
  console.log(e.code);
  console.log(e.message.split('\n')[0]);
}
