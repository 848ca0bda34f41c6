// an fs.stat callback against a chain of setImmediate callbacks started at the top level: ES module (its CommonJS twin: esm-stat-vs-immediates.js)
import fs from "node:fs";
let n = 0;
function chain() {
  n++;
  console.log('immediate ' + n);
  if (n < 4) setImmediate(chain);
}
setImmediate(chain);
fs.stat('.', () => console.log('stat callback'));
console.log('top level done');
