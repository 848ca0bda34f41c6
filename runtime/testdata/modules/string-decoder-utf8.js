// StringDecoder holds back a UTF-8 character split across writes until it is whole; a byte that cannot continue it becomes U+FFFD, and so does one left at end().
const { StringDecoder } = require('string_decoder');
const d = new StringDecoder('utf8');
const euro = Buffer.from('€');
for (let i = 0; i < euro.length; i++) {
  console.log(JSON.stringify(d.write(euro.subarray(i, i + 1))), d.lastNeed, d.lastTotal, d.lastChar);
}
const emoji = Buffer.from('a😀b');
console.log(JSON.stringify(d.write(emoji.subarray(0, 3))), JSON.stringify(d.write(emoji.subarray(3))));
console.log(JSON.stringify(d.write(Buffer.from([0xe2, 0x82]))), JSON.stringify(d.end()));
console.log(JSON.stringify(d.write(Buffer.from([0xe2]))), JSON.stringify(d.write(Buffer.from([0x41]))), JSON.stringify(d.end()));
console.log(JSON.stringify(d.write(Buffer.from([0xf0, 0x9f]))), JSON.stringify(d.end(Buffer.from([0x98, 0x80]))));
console.log(JSON.stringify(d.write(Buffer.from([0xff, 0x41, 0xc3]))), JSON.stringify(d.end()));
console.log(JSON.stringify(d.write(Buffer.from([0xed, 0xa0, 0x80]))), JSON.stringify(d.write(Buffer.from([0xf4, 0x90]))), JSON.stringify(d.end()));
console.log(JSON.stringify(d.write('a string passes through')), JSON.stringify(d.end('x')));
console.log(d.write(new Uint8Array([0x68, 0x69])), d.write(new DataView(new Uint8Array([0x6f, 0x6b]).buffer)), d.text(Buffer.from('abc'), 1));
