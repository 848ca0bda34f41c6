// decodeStrings: strings become Buffers with encoding 'buffer', unless decodeStrings is false.
const { Writable } = require('stream');
const a = new Writable({
  write(chunk, enc, cb) { console.log('a', Buffer.isBuffer(chunk), enc, chunk.length); cb(); },
});
a.write('héllo');
a.write('68656c6c6f', 'hex');
a.write(Buffer.from('xyz'));
const b = new Writable({
  decodeStrings: false,
  write(chunk, enc, cb) { console.log('b', typeof chunk, enc, chunk); cb(); },
});
b.write('héllo');
b.write('aGk=', 'base64');
b.setDefaultEncoding('latin1');
b.write('x');
console.log('lengths', a.writableLength, b.writableLength);
