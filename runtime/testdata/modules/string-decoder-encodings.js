// StringDecoder for utf16le (held odd bytes and surrogates, node's quirks included), base64 and base64url (whole 3-byte groups), hex, latin1 and ascii.
const { StringDecoder } = require('string_decoder');
function run(enc, buf, splits) {
  const d = new StringDecoder(enc);
  const out = [];
  let p = 0;
  for (const n of splits) {
    out.push(d.write(buf.subarray(p, p + n)) + '[' + d.lastNeed + '/' + d.lastTotal + ']');
    p += n;
  }
  out.push(d.end());
  console.log(enc.padEnd(9), splits.join(','), JSON.stringify(out));
}
const u16 = Buffer.from('a😀b😀', 'utf16le');
for (const splits of [[1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1], [2, 2, 2, 2, 2, 2], [3, 3, 3, 3], [5, 7], [4, 1, 1, 6], [11], [10], [4]]) run('utf16le', u16, splits);
const text = Buffer.from('hello world!!');
run('base64', text, [1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1]);
run('base64', text, [2, 5, 6]);
run('base64url', Buffer.from([0xfb, 0xff, 0xfe, 0x01]), [1, 3]);
run('hex', Buffer.from([1, 255, 16]), [1, 2]);
run('latin1', Buffer.from([0xe9, 0x41]), [1, 1]);
run('ascii', Buffer.from([0xe9, 0x41]), [2]);
for (const enc of [undefined, null, '', 'UTF-8', 'ucs2', 'UCS-2', 'utf-16le', 'binary', 'BASE64', 'hex']) {
  console.log(String(enc), '->', new StringDecoder(enc).encoding);
}
