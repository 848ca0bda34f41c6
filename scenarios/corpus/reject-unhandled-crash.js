// an unhandled rejection in the default mode (throw) crashes the process with exit code 1
process.on('exit', code => console.log('exit code', code));
setTimeout(() => console.log('timer never runs'), 0);
Promise.reject(new Error('nobody catches me'));
process.nextTick(() => console.log('nextTick still runs before the rejection is processed'));
Promise.resolve().then(() => console.log('microtask still runs too'));
console.log('main done');
