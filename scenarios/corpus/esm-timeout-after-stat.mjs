// a zero timeout and an immediate set from an fs.stat callback, after one from the top level: ES module (its CommonJS twin: esm-timeout-after-stat.js)
import fs from "node:fs";
setImmediate(() => console.log('immediate from the top level'));
fs.stat('.', () => {
  console.log('stat callback');
  setTimeout(() => console.log('timeout from stat'), 0);
  setImmediate(() => console.log('immediate from stat'));
});
setTimeout(() => console.log('timeout from the top level'), 2);
console.log('top level done');
