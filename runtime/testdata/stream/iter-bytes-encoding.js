// for await over a byte stream with setEncoding: strings; without: Buffers joined by read().
const { Readable } = require('stream');
async function main() {
  const a = new Readable({ read() {} });
  a.push('hello ');
  a.push('world');
  a.push(null);
  for await (const c of a) console.log('buffer?', Buffer.isBuffer(c), String(c));
  const b = Readable.from(['x', 'y'], { objectMode: false });
  b.setEncoding('utf8');
  for await (const c of b) console.log('string:', c);
}
main();
