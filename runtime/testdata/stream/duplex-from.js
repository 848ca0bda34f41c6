// Duplex.from over an async generator function and over a { readable, writable } pair.
const { Duplex, Readable, PassThrough } = require('stream');
const d = Duplex.from(async function* (source) {
  for await (const c of source) yield String(c).toUpperCase();
});
const out = [];
d.on('data', (c) => out.push(c));
d.on('end', () => console.log('generator duplex out:', out));
d.write('a');
d.end('b');
const readable = Readable.from(['r1', 'r2']);
const writable = new PassThrough();
const pair = Duplex.from({ readable, writable });
pair.on('data', (c) => console.log('pair data', c));
pair.on('end', () => console.log('pair end'));
console.log('same stream back:', Duplex.from(writable) === writable);
