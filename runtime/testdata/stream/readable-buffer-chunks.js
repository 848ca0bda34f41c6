// In byte mode pushed strings become Buffers; read() concatenates the buffer.
const { Readable } = require('stream');
const r = new Readable({ read() {} });
r.push('ab');
r.push(Buffer.from('cd'));
r.push(new Uint8Array([101, 102]));
r.push(null);
r.once('readable', () => {
  console.log('length', r.readableLength);
  const all = r.read();
  console.log(Buffer.isBuffer(all), all.length, all.toString());
});
r.on('end', () => console.log('end'));
const f = new Readable({ read() {} });
f.push('x');
f.on('data', (c) => console.log('flowing chunk is Buffer:', Buffer.isBuffer(c), c));
f.push(null);
