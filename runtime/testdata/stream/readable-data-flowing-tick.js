// on('data') starts the flow on a nextTick: chunks pushed before come out after the user's own ticks queued earlier.
const { Readable } = require('stream');
const r = new Readable({ read() {} });
process.nextTick(() => console.log('tick before on(data)'));
r.push('a');
r.push('b');
r.on('data', (c) => console.log('data', c.toString()));
r.on('resume', () => console.log('resume'));
process.nextTick(() => console.log('tick after on(data)'));
Promise.resolve().then(() => console.log('microtask'));
console.log('sync end, flowing =', r.readableFlowing);
