// An 'error' with no listener is an uncaught exception: exit code 1, 'exit' still runs.
const { Readable } = require('stream');
process.on('exit', (code) => console.log('exit', code));
const r = new Readable({ read() {} });
r.on('close', () => console.log('close (never: the error throws first)'));
r.destroy(new Error('nobody listens'));
console.log('sync end');
