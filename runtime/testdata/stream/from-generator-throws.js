// Readable.from over generators that throw: the stream is destroyed with the thrown error.
const { Readable } = require('stream');
function* g() { yield 1; throw new Error('gen threw'); }
const r = Readable.from(g());
r.on('data', (d) => console.log('data', d));
r.on('error', (e) => console.log('error', e.message));
r.on('close', () => console.log('close'));
async function* ag() { yield 'a'; await null; throw new Error('async gen threw'); }
const r2 = Readable.from(ag());
r2.on('data', (d) => console.log('r2 data', d));
r2.on('error', (e) => console.log('r2 error', e.message));
r2.on('close', () => console.log('r2 close'));
