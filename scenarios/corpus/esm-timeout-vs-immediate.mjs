// setTimeout(f, 0) vs setImmediate from the top level of the main module: ES module (its CommonJS twin: esm-timeout-vs-immediate.js)
// in an ES module the top level runs in the poll phase, from a promise job: the immediate always wins
setTimeout(() => console.log('timeout 0'), 0);
setImmediate(() => console.log('immediate'));
console.log('top level done');
