// Two 1 ms timers armed back to back share a list, but each is stamped with a millisecond clock: if the millisecond ticks between them, the second waits for another timers phase and the immediate runs in between
// loopviz: racy
setTimeout(() => console.log('first timeout'), 1);
setTimeout(() => console.log('second timeout'), 1);
setImmediate(() => console.log('immediate'));
