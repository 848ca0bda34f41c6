// Duplex with readable: false or writable: false.
const { Duplex } = require('stream');
const w = new Duplex({ readable: false, write(c, e, cb) { console.log('w write', String(c)); cb(); } });
console.log('w readable', w.readable, 'readableEnded', w.readableEnded);
w.on('finish', () => console.log('w finish'));
w.on('close', () => console.log('w close'));
w.end('x');
const r = new Duplex({ writable: false, read() { this.push('y'); this.push(null); } });
console.log('r writable', r.writable, 'writableFinished', r.writableFinished);
r.on('data', (c) => console.log('r data', String(c)));
r.on('end', () => console.log('r end'));
r.on('close', () => console.log('r close'));
