// duplexPair(): what one side writes the other reads; a write is acknowledged when the other side reads it.
const { duplexPair, compose, Transform, Readable, Writable } = require('stream');
const [a, b] = duplexPair();
a.on('data', (d) => console.log('a got', String(d)));
b.on('data', (d) => console.log('b got', String(d)));
a.on('end', () => console.log('a end'));
b.on('end', () => console.log('b end'));
a.on('finish', () => console.log('a finish'));
b.on('finish', () => console.log('b finish'));
a.on('close', () => console.log('a close'));
b.on('close', () => console.log('b close'));
a.write('hello from a', () => console.log('a write cb'));
b.write('hello from b', () => console.log('b write cb'));
process.nextTick(() => console.log('tick'));
setTimeout(() => { a.end(); b.end(); }, 2);
