// A timer due exactly at the loop time by the model's clock may have been stamped a millisecond later in node, whose clock had moved on: it then waits for another timers phase while the immediate runs
// loopviz: racy
setTimeout(() => console.log('first timeout'), 1);
console.log('log'); // the first write to stdout takes about 3 ms
setTimeout(() => console.log('second timeout'), 1);
setTimeout(() => console.log('third timeout'), 1);
setImmediate(() => console.log('immediate'));
