// destroy(err): destroyed at once; 'error' then 'close' together on one nextTick.
const { Readable } = require('stream');
const r = new Readable({ read() {} });
r.on('error', (err) => console.log('error', err.message));
r.on('close', () => console.log('close'));
r.on('end', () => console.log('end (never)'));
process.nextTick(() => console.log('tick before destroy'));
r.destroy(new Error('boom'));
console.log('destroyed', r.destroyed, 'errored', r.errored && r.errored.message, 'closed', r.closed);
process.nextTick(() => console.log('tick after destroy'));
Promise.resolve().then(() => console.log('microtask'));
r.destroy(new Error('second'));
r.push('ignored');
console.log('push after destroy ok');
