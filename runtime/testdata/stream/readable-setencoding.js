// setEncoding turns chunks into strings and keeps multi-byte characters whole across chunks.
const { Readable } = require('stream');
const r = new Readable({ read() {} });
r.setEncoding('utf8');
const euro = Buffer.from('€uro ✓');
r.push(euro.subarray(0, 1));
r.push(euro.subarray(1, 4));
r.push(euro.subarray(4));
r.push(null);
r.on('data', (c) => console.log(typeof c, JSON.stringify(c)));
r.on('end', () => console.log('end', r.readableEncoding));
const h = new Readable({ read() {} });
h.setEncoding('hex');
h.push('AB');
h.push(null);
h.on('data', (c) => console.log('hex', c));
