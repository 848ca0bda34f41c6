// StringDecoder's errors (unknown encoding, a non-buffer write) and how console.log shows a decoder with a held character, as node does.
const { StringDecoder } = require('string_decoder');
const sd = require('string_decoder');
console.log(Object.keys(sd), StringDecoder.name, StringDecoder.length);
try {
  new StringDecoder('nope');
} catch (e) {
  console.log(e.name, e.code, e.message);
}
const d = new StringDecoder();
for (const bad of [5, {}, null]) {
  try {
    d.write(bad);
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
}
console.log(d);
d.write(Buffer.from([0xe2]));
console.log(d, Object.keys(d));
d.end();
console.log(d, d.lastNeed, d.lastTotal);
console.log(new StringDecoder('base64'), [new StringDecoder('hex')]);
console.log(Object.getOwnPropertyNames(StringDecoder.prototype));
