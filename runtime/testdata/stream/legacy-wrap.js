// Readable.prototype.wrap turns an old-style stream into a Readable.
const Stream = require('stream');
const { Readable } = Stream;
const old = new Stream();
const r = new Readable({ objectMode: true }).wrap(old);
r.on('data', (d) => console.log('data', d));
r.on('end', () => console.log('end'));
old.emit('data', 'x');
old.emit('data', 'y');
old.emit('end');
