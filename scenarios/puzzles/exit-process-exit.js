process.on('exit', (code) => console.log('exit ' + code));
setTimeout(() => console.log('timer'), 0);
Promise.resolve().then(() => console.log('promise'));
process.nextTick(() => console.log('tick'));
console.log('before exit');
process.exit(0);
console.log('after exit');
