// A _read that throws destroys the stream with that error.
const { Readable } = require('stream');
const r = new Readable({ read() { throw new Error('read failed'); } });
r.on('error', (e) => console.log('error', e.message));
r.on('close', () => console.log('close'));
r.on('data', () => console.log('data (never)'));
process.nextTick(() => console.log('tick'));
