// a throw in the main module is uncaught: nothing queued runs, exit listeners do, exit code 1
process.on('exit', code => console.log('exit listener, code', code));
process.nextTick(() => console.log('tick never runs'));
setTimeout(() => console.log('timer never runs'), 0);
console.log('about to throw');
throw new Error('main module failed');
