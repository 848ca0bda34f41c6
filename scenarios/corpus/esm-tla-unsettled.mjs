// a top-level await that never settles: the loop runs dry, and node exits with code 13
process.on('beforeExit', () => console.log('beforeExit'));
process.on('exit', (code) => console.log('exit', code, process.exitCode));
console.log('waiting forever');
await new Promise(() => {});
console.log('never printed');
