// setEncoding after data is buffered converts what is already in the buffer.
const { Readable } = require('stream');
const r = new Readable({ read() {} });
r.push(Buffer.from([0xe2, 0x82]));
console.log('buffered bytes', r.readableLength);
r.setEncoding('utf8');
console.log('buffered chars', r.readableLength, r.readableEncoding);
r.push(Buffer.from([0xac, 0x21]));
r.push(null);
r.on('data', (d) => console.log('data', JSON.stringify(d)));
r.on('end', () => console.log('end'));
const b = new Readable({ encoding: 'base64', read() {} });
b.push('hello');
b.push(null);
b.on('data', (d) => console.log('base64', d));
