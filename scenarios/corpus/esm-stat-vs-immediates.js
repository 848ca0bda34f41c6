// an fs.stat callback against a chain of setImmediate callbacks started at the top level: CommonJS (its ES module twin: esm-stat-vs-immediates.mjs)
const fs = require('fs');
let n = 0;
function chain() {
  n++;
  console.log('immediate ' + n);
  if (n < 4) setImmediate(chain);
}
setImmediate(chain);
fs.stat('.', () => console.log('stat callback'));
console.log('top level done');
