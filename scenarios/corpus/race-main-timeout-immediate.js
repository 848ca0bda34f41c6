// the main-module race: setTimeout(0) vs setImmediate depends on whether 1ms passed before the first timers phase
// (any synchronous work in between, even the first console.log, makes the timeout win almost always)
// loopviz: racy
setTimeout(() => console.log('timeout'), 0);
setImmediate(() => console.log('immediate'));
