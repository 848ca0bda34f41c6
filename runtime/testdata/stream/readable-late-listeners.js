// Listeners added after 'end' never run; a 'readable' consumer gets 'end' and 'close' after its read.
const { Readable } = require('stream');
const r = new Readable({ read() {} });
r.on('data', (c) => console.log('data', String(c)));
r.on('end', () => { console.log('end'); r.on('data', () => console.log('late data')); });
r.push('x');
r.push(null);
const r2 = new Readable({ read() {} });
r2.push('y');
r2.push(null);
r2.on('readable', () => { console.log('r2 readable'); r2.read(); });
r2.on('end', () => console.log('r2 end'));
r2.on('close', () => console.log('r2 close'));
