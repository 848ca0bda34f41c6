// unshift puts data back at the front of the buffer.
const { Readable } = require('stream');
const r = new Readable({ read() {} });
r.push('world');
r.push(null);
r.once('readable', () => {
  const first = r.read(2);
  console.log('read', String(first));
  r.unshift(first);
  r.unshift('hello ');
  console.log('length', r.readableLength);
  console.log('all', String(r.read()));
});
r.on('end', () => console.log('end'));
