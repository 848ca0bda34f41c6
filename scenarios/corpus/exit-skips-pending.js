// process.exit(2) stops immediately: pending timers, immediates, ticks and promises never run
setTimeout(() => console.log('timer never runs'), 0);
setImmediate(() => console.log('immediate never runs'));
process.nextTick(() => console.log('tick never runs'));
Promise.resolve().then(() => console.log('promise never runs'));
process.on('beforeExit', () => console.log('beforeExit is not emitted on process.exit'));
process.on('exit', code => console.log('exit listener still runs, code', code));
console.log('calling process.exit(2)');
process.exit(2);
console.log('never printed');
