// a top-level await that rejects: the module fails, reported like an uncaught exception
process.on('exit', (code) => console.log('exit', code));
setTimeout(() => console.log('the loop goes on? never'), 100);
console.log('before');
await Promise.resolve();
console.log('after one await');
await Promise.reject(new Error('rejected at the top level'));
console.log('never printed');
