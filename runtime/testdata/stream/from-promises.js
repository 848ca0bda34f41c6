// Readable.from an array of promises: each is awaited in order.
const { Readable } = require('stream');
const delay = (v, ms) => new Promise((r) => setTimeout(() => r(v), ms));
const r = Readable.from([delay('slow', 10), 'plain', delay('fast', 1)]);
r.on('data', (d) => console.log('data', d));
r.on('end', () => console.log('end'));
