// process.nextTick passes extra arguments to its callback, and runs ticks in FIFO order
process.nextTick((a, b) => console.log('tick 1 args:', a, b), 'alpha', 'beta');
process.nextTick((...args) => console.log('tick 2 arg count:', args.length));
process.nextTick(console.log, 'tick 3 calls console.log directly', 42);
console.log('main done');
