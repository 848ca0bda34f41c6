// setTimeout(f, 0) vs setImmediate from the top level of the main module: CommonJS (its ES module twin: esm-timeout-vs-immediate.mjs)
// loopviz: racy
setTimeout(() => console.log('timeout 0'), 0);
setImmediate(() => console.log('immediate'));
console.log('top level done');
