// Cases for Buffer. The text before the first "// === name" line (this prelude) is put in front
// of every case; each case is then a program of its own, run by node (record.js writes
// golden.json) and by loopviz (buffer_test.go). Print with console.log only; never print a stack
// or a path (they differ between the runs).
'use strict';
// t(f) prints what f returns, or the head of what it throws and the error's code.
function t(f) {
  try {
    console.log(f());
  } catch (e) {
    console.log('throws', String(e && e.stack).split('\n')[0], e && e.code);
  }
}

// === from string default utf8
console.log(Buffer.from('hello'));
console.log(Buffer.from('héllo wörld €'), Buffer.from('😀'));
// === from string encodings
for (const enc of ['utf8', 'utf-8', 'UTF8', 'hex', 'base64', 'base64url', 'latin1', 'binary', 'ascii', 'utf16le', 'ucs2', 'ucs-2', 'utf-16le', 'UCS2', 'Latin1'])
  console.log(enc, Buffer.from('aé€😀', enc));
// === from hex
t(() => Buffer.from('deadBEEF', 'hex'));
t(() => Buffer.from('abc', 'hex'));
t(() => Buffer.from('zz12', 'hex'));
t(() => Buffer.from('12zz34', 'hex'));
t(() => Buffer.from('a\u0131', 'hex'));
t(() => Buffer.from('', 'hex'));
// === from base64 lenient
for (const s of ['aGVsbG8=', 'aGVsbG8', 'aGV sbG8=', 'aGVs\nbG8=', 'YWJj=ZGVm', 'YW=Jj', 'Y', 'YQ', 'YWJjZA=', '=YWJj', 'YWJj====', 'YWJj*ZGVm', '_-8', '+/8', '\u0141WJj'])
  console.log(JSON.stringify(s), Buffer.from(s, 'base64'), Buffer.from(s, 'base64url'));
// === from base64 binary round trip
const all = Buffer.alloc(256);
for (let i = 0; i < 256; i++) all[i] = i;
const b64 = all.toString('base64');
console.log(b64);
console.log(Buffer.from(b64, 'base64').equals(all), Buffer.from(all.toString('base64url'), 'base64url').equals(all));
// === from latin1 and ascii keep the low byte
console.log(Buffer.from('é€A\u0100\uffff', 'latin1'), Buffer.from('é€A', 'ascii'));
// === from utf16le surrogates
console.log(Buffer.from('a😀', 'utf16le'), Buffer.from('\ud83d', 'ucs2'));
// === from lone surrogates in utf8
console.log(Buffer.from('\ud83d'), Buffer.from('a\udc00b'), Buffer.from('\ud83d\ude00'));
// === from unknown encoding
t(() => Buffer.from('a', 'nope'));
t(() => Buffer.from('a', 'utf 8'));
console.log(Buffer.from('hi', 5), Buffer.from('hi', null), Buffer.from('hi', ''));
// === from array
console.log(Buffer.from([1, 2, 3]), Buffer.from([256, -1, 1.9, '7', 'x', null, true]));
console.log(Buffer.from([]), Buffer.from(new Array(3)));
// === from array-like
console.log(Buffer.from({ length: 3, 0: 1, 1: 2 }), Buffer.from({ length: 'x' }), Buffer.from({ length: -2 }));
// === from typed arrays copy values
console.log(Buffer.from(new Uint16Array([1, 256, 65535])), Buffer.from(new Float64Array([1.5, 300, -1])));
// === from buffer copies
const a = Buffer.from('abc');
const b = Buffer.from(a);
b[0] = 0x7a;
console.log(a, b, a.buffer === b.buffer);
// === from arrayBuffer shares memory
const ab = new ArrayBuffer(8);
const v = Buffer.from(ab, 2, 4);
v[0] = 9;
console.log(v, new Uint8Array(ab), v.byteOffset, v.length, v.buffer === ab);
console.log(Buffer.from(ab).length, Buffer.from(ab, 6).length, Buffer.from(ab, '2').length, Buffer.from(ab, NaN).length, Buffer.from(ab, 1, -3).length);
// === from arrayBuffer out of bounds
t(() => Buffer.from(new ArrayBuffer(4), 5));
t(() => Buffer.from(new ArrayBuffer(4), 1, 4));
// === from object with valueOf and toPrimitive
console.log(Buffer.from(new String('str')));
console.log(Buffer.from({ valueOf() { return 'vo'; } }));
console.log(Buffer.from({ valueOf() { return [1, 2]; } }));
console.log(Buffer.from({ [Symbol.toPrimitive](hint) { return hint + '!'; } }));
console.log(Buffer.from({ [Symbol.toPrimitive]() { return 'aGk='; } }, 'base64'));
// === from JSON form
const j = JSON.parse(JSON.stringify(Buffer.from('hey')));
console.log(j, Buffer.from(j));
// === from invalid values
t(() => Buffer.from(5));
t(() => Buffer.from(null));
t(() => Buffer.from(undefined));
t(() => Buffer.from(Symbol('x')));
t(() => Buffer.from({}));
t(() => Buffer.from(() => 1));
t(() => Buffer.from(true));
t(() => Buffer.from(5n));
t(() => Buffer.from(new (class Foo {})()));
// === alloc
console.log(Buffer.alloc(0), Buffer.alloc(4), Buffer.alloc(4, 1), Buffer.alloc(4, 'ab'), Buffer.alloc(5, 'aGk=', 'base64'));
console.log(Buffer.alloc(3, 257), Buffer.alloc(3, -1), Buffer.alloc(3, Buffer.from([7, 8])), Buffer.alloc(2.9).length);
console.log(Buffer.alloc(4, '€'), Buffer.alloc(4, 'é', 'latin1'), Buffer.alloc(6, 'ab', 'utf16le'), Buffer.alloc(3, ''), Buffer.alloc(3, true));
// === alloc errors
t(() => Buffer.alloc(-1));
t(() => Buffer.alloc('5'));
t(() => Buffer.alloc(NaN));
t(() => Buffer.alloc(2 ** 32 + 1));
t(() => Buffer.alloc(5, 'zz', 'hex'));
t(() => Buffer.alloc(5, 'a', 'nope'));
t(() => Buffer.alloc(5, 'a', 1));
t(() => Buffer.alloc(5, Buffer.alloc(0)));
// === allocUnsafe and allocUnsafeSlow
const u = Buffer.allocUnsafe(10);
u.fill(0);
console.log(u, u.length, Buffer.allocUnsafeSlow(3).fill(1), Buffer.allocUnsafe(0));
t(() => Buffer.allocUnsafe(-5));
t(() => Buffer.allocUnsafeSlow({}));
// === pool offsets and shared buffer
const p1 = Buffer.from('abc');
const p2 = Buffer.allocUnsafe(10);
const p3 = Buffer.from([1, 2, 3]);
console.log(p1.byteOffset, p2.byteOffset, p3.byteOffset, p1.buffer === p2.buffer, p1.buffer.byteLength);
console.log(Buffer.alloc(3).byteOffset, Buffer.alloc(3).buffer.byteLength, Buffer.allocUnsafeSlow(3).buffer.byteLength);
console.log(Buffer.from('x'.repeat(5000)).byteOffset, Buffer.allocUnsafe(4096).byteOffset, Buffer.from('q').byteOffset);
// === pool refills when full
const offsets = [];
for (let i = 0; i < 12; i++) offsets.push(Buffer.allocUnsafe(1000).byteOffset);
console.log(offsets.join(' '));
// === pool poolSize change
Buffer.poolSize = 64;
console.log(Buffer.allocUnsafe(10).byteOffset, Buffer.allocUnsafe(10).buffer.byteLength, Buffer.allocUnsafe(40).buffer.byteLength);
// === the new Uint8Array(buf.buffer) pitfall
const small = Buffer.from('hi');
console.log(new Uint8Array(small.buffer).length, new Uint8Array(small.buffer, small.byteOffset, small.length));
// === byteLength
console.log(Buffer.byteLength('héllo'), Buffer.byteLength('😀'), Buffer.byteLength('\ud83d'), Buffer.byteLength('abc', 'utf16le'));
console.log(Buffer.byteLength('abcd', 'hex'), Buffer.byteLength('abc', 'hex'), Buffer.byteLength('aGk=', 'base64'), Buffer.byteLength('aGk', 'base64url'), Buffer.byteLength('a b c', 'base64'));
console.log(Buffer.byteLength('é', 'latin1'), Buffer.byteLength('é', 'ascii'), Buffer.byteLength('é', 'nope'), Buffer.byteLength(''), Buffer.byteLength('x', 'UTF-16LE'));
console.log(Buffer.byteLength(Buffer.alloc(7)), Buffer.byteLength(new ArrayBuffer(9)), Buffer.byteLength(new Uint32Array(3)), Buffer.byteLength(new DataView(new ArrayBuffer(5))));
t(() => Buffer.byteLength(5));
t(() => Buffer.byteLength());
// === concat
const parts = [Buffer.from('ab'), Buffer.from('cd'), new Uint8Array([101])];
console.log(Buffer.concat(parts), Buffer.concat(parts, 3), Buffer.concat(parts, 8), Buffer.concat([]), Buffer.concat([Buffer.from('x')]));
console.log(Buffer.concat(parts).byteOffset, Buffer.concat([Buffer.alloc(5000)]).length);
// === concat errors
t(() => Buffer.concat('x'));
t(() => Buffer.concat([1]));
t(() => Buffer.concat([Buffer.from('a'), 'b']));
t(() => Buffer.concat([Buffer.from('ab')], -1));
t(() => Buffer.concat([Buffer.from('ab')], 1.5));
// === compare static
console.log(Buffer.compare(Buffer.from('a'), Buffer.from('b')), Buffer.compare(Buffer.from('b'), Buffer.from('a')), Buffer.compare(Buffer.from('ab'), Buffer.from('a')), Buffer.compare(Buffer.from(''), Buffer.from('')));
console.log([Buffer.from('c'), Buffer.from('a'), Buffer.from('ab'), Buffer.from('')].sort(Buffer.compare));
t(() => Buffer.compare('a', Buffer.from('a')));
t(() => Buffer.compare(Buffer.from('a'), 1));
// === isBuffer and isEncoding
console.log(Buffer.isBuffer(Buffer.alloc(1)), Buffer.isBuffer(new Uint8Array(1)), Buffer.isBuffer('a'), Buffer.isBuffer(null), Buffer.isBuffer(Buffer.from('a').subarray(0)));
console.log(['utf8', 'UTF-8', 'hex', 'HEX', 'base64url', 'binary', 'ucs-2', 'UTF-16LE', 'utf16', 'utf-16', '', 'nope', 5, null, undefined].map((e) => Buffer.isEncoding(e)).join(' '));
// === Buffer the function
console.log(typeof Buffer, Buffer.name, Buffer.length, Buffer.poolSize, Object.getPrototypeOf(Buffer) === Uint8Array);
console.log(Buffer.from.name, Buffer.alloc.length, Buffer.of(1, 2, 300), Buffer.of());
console.log(Buffer[Symbol.species] === Buffer, Buffer[Symbol.species].name);
// === printing Buffer itself
console.log(Buffer);
// === Buffer() without new
console.log(Buffer(3), new Buffer('ab'), Buffer([1, 2]), Buffer('aGk=', 'base64'));
t(() => Buffer(1, 'utf8'));
// === global Buffer is an accessor
const d = Object.getOwnPropertyDescriptor(globalThis, 'Buffer');
console.log(typeof d.get, typeof d.set, d.enumerable, d.configurable, Object.keys(globalThis).includes('Buffer'));
const Orig = Buffer;
globalThis.Buffer = 42;
console.log(Buffer, require('buffer').Buffer === Orig);
// === subclass of Uint8Array
const s = Buffer.from('hi');
console.log(s instanceof Uint8Array, s instanceof Buffer, Object.getPrototypeOf(Buffer.prototype) === Uint8Array.prototype, s.constructor === Buffer, s.constructor.name);
console.log(Object.prototype.toString.call(s), ArrayBuffer.isView(s), s.buffer instanceof ArrayBuffer, s.BYTES_PER_ELEMENT);
// === typed array methods return buffers
const m = Buffer.from([1, 2, 3]);
console.log(m.map((x) => x * 2), m.filter((x) => x > 1), m.reverse(), m, Buffer.isBuffer(m.map((x) => x)));
console.log(Uint8Array.prototype.slice.call(Buffer.from('abc'), 1), m.join('-'), m.at(-1), Array.from(m));
// === prototype keys
console.log(Object.keys(Buffer.prototype).length, Object.keys(Buffer.prototype).join(','));
console.log(Buffer.prototype.readFloatLE.name, Buffer.prototype.readUint8 === Buffer.prototype.readUInt8, Buffer.prototype.toLocaleString === Buffer.prototype.toString, Buffer.prototype.inspect.name);
console.log(Buffer.prototype.readUInt8.length, Buffer.prototype.writeUInt8.length, Buffer.prototype.readUIntLE.length, Buffer.prototype.writeIntBE.length, Buffer.prototype.fill.length, Buffer.prototype.toString.length);
// === parent and offset getters
const po = Buffer.from('abcdef').subarray(2);
console.log(po.parent === po.buffer, po.offset === po.byteOffset, Buffer.prototype.parent, Buffer.prototype.offset);
// === toString encodings
const ts = Buffer.from([0x68, 0xc3, 0xa9, 0xe2, 0x82, 0xac, 0x00, 0xff]);
for (const enc of ['utf8', 'hex', 'base64', 'base64url', 'latin1', 'binary', 'ascii', 'ucs2', 'utf16le', 'UTF8', 'Hex'])
  console.log(enc, JSON.stringify(ts.toString(enc)));
// === toString ranges
const tr = Buffer.from('abcdef');
console.log(tr.toString('utf8', 1, 3), tr.toString(undefined, 2), tr.toString('utf8', -5, 100), tr.toString('utf8', 4, 2), tr.toString('utf8', 9));
console.log(JSON.stringify(tr.toString('utf8', 2.7, 'x')), tr.toString('hex', '1', '3'), tr.toString('utf8', NaN, 2), tr.toString('utf8', null, null), tr.toString('utf8', 1, undefined));
// === toString unknown encoding
t(() => Buffer.from('a').toString('x'));
t(() => Buffer.from('a').toString(123));
t(() => Buffer.from('a').toString(null));
console.log(Buffer.from('a').toString(undefined), Buffer.from('').toString('nope'));
// === invalid utf8 becomes U+FFFD
for (const bytes of [[0xe2, 0x82], [0xe2, 0x82, 0x41], [0xf0, 0x9f, 0x98], [0xc0, 0x80], [0xed, 0xa0, 0x80], [0xf4, 0x90, 0x80, 0x80], [0xff, 0xfe], [0x80], [0xe0, 0x80, 0x80], [0xf0, 0x9f, 0x98, 0x80]]) {
  const str = Buffer.from(bytes).toString();
  console.log(bytes.join(','), str.length, JSON.stringify(str), [...str].map((c) => c.codePointAt(0).toString(16)).join(' '));
}
// === utf8 split across chunks
const euro = Buffer.from('€');
console.log(JSON.stringify(euro.subarray(0, 2).toString() + euro.subarray(2).toString()), Buffer.concat([euro.subarray(0, 2), euro.subarray(2)]).toString());
// === ascii and latin1 decoding
const hi = Buffer.from([0x41, 0xe9, 0xff, 0x80, 0x7f]);
console.log(JSON.stringify(hi.toString('ascii')), JSON.stringify(hi.toString('latin1')));
// === ucs2 decoding odd length and surrogates
console.log(JSON.stringify(Buffer.from([0x41, 0x00, 0x42]).toString('ucs2')), Buffer.from([0x3d, 0xd8, 0x00, 0xde]).toString('utf16le'), Buffer.from([0x3d, 0xd8]).toString('ucs2').length);
// === String and template and concatenation
const sb = Buffer.from('text');
console.log(String(sb), `${sb}`, sb + '!', [sb] + '', sb == 'text');
// === toJSON and JSON.stringify
console.log(Buffer.from('hi').toJSON(), JSON.stringify(Buffer.from([1, 2, 3])), JSON.stringify({ b: Buffer.alloc(0) }));
console.log(JSON.stringify({ nested: { buf: Buffer.from('x') } }, null, 2));
// === equals
console.log(Buffer.from('a').equals(Buffer.from('a')), Buffer.from('a').equals(Buffer.from('b')), Buffer.from('a').equals(new Uint8Array([97])), Buffer.from('').equals(Buffer.alloc(0)), Buffer.from('ab').equals(Buffer.from('a')));
t(() => Buffer.from('a').equals('a'));
t(() => Buffer.from('a').equals(new Uint16Array(1)));
// === compare method with ranges
const c1 = Buffer.from([1, 2, 3, 4]);
const c2 = Buffer.from([3, 4, 5]);
console.log(c1.compare(c2), c2.compare(c1), c1.compare(c2, 0, 2, 2), c1.compare(c2, 0, 2, 2, 4), c1.compare(c2, 1, 1), c1.compare(c2, 0, 0, 4), c1.compare(c2, 2, 3, 0, 0), c1.compare(c1));
console.log(c1.compare(c2, 5), c1.compare(c2, undefined, undefined, 2));
t(() => c1.compare(c2, -1));
t(() => c1.compare(c2, 0, 5));
t(() => c1.compare(c2, 0, 1, 0, 9));
t(() => c1.compare(c2, 1.5));
t(() => c1.compare(c2, '1'));
t(() => c1.compare('x'));
// === copy
const src = Buffer.from('abcdef');
const dst = Buffer.alloc(4, '.');
console.log(src.copy(dst), dst, src.copy(dst, 1, 4), dst, src.copy(dst, 3, 0, 10), dst, src.copy(dst, 9), src.copy(dst, 0, 3, 2));
console.log(src.copy(new Uint8Array(2)), src.copy(dst, '1', '2', '3'), dst, src.copy(dst, 0, 1.7, 3.2), dst);
// === copy overlapping
const ov = Buffer.from('0123456789');
ov.copy(ov, 2, 0, 6);
console.log(ov.toString());
const ov2 = Buffer.from('0123456789');
ov2.copy(ov2, 0, 3);
console.log(ov2.toString());
// === copy errors
t(() => Buffer.from('a').copy('x'));
t(() => Buffer.from('a').copy(Buffer.alloc(2), -1));
t(() => Buffer.from('a').copy(Buffer.alloc(2), 0, 2));
t(() => Buffer.from('a').copy(Buffer.alloc(2), 0, -1));
t(() => Buffer.from('a').copy(Buffer.alloc(2), 0, 0, -1));
// === slice and subarray share memory
const sl = Buffer.from('abcdef');
const part = sl.slice(1, 3);
part[0] = 0x42;
console.log(sl.toString(), part.toString(), part.byteOffset - sl.byteOffset, sl.subarray(-2).toString(), sl.slice(-4, -1).toString(), sl.slice(4, 2).length, sl.slice().length);
console.log(sl.subarray(1.9, 3.1).toString(), sl.subarray('2').toString(), sl.subarray(NaN, 2).toString(), sl.slice(2, Infinity).toString(), sl.slice(-Infinity).toString(), sl.subarray(2, NaN).length);
console.log(Buffer.isBuffer(sl.slice(1)), sl.subarray(2).buffer === sl.buffer);
// === write utf8
const w = Buffer.alloc(8);
for (const args of [['hi'], ['abc', 2], ['zzzz', 6], ['€€', 4], ['€', 7], ['', 0], ['abc', 8], ['xy', 0, 1], ['😀😀', 1]]) {
  const n = w.write(...args);
  console.log(JSON.stringify(args), n, w);
}
// === write encodings
const we8 = Buffer.alloc(8);
for (const args of [['ffee', 'hex'], ['aGk=', 1, 'base64'], ['AB', 4, 4, 'utf16le'], ['é€', 0, 'latin1'], ['é€', 2, 'ascii'], ['_-8', 5, 'base64url'], ['abc', 'ucs2'], ['12345', 3, 'hex'], ['xyz', 1, 2, 'latin1']]) {
  const n = we8.write(...args);
  console.log(JSON.stringify(args), n, we8);
}
// === write quirks
const wq = Buffer.alloc(4);
console.log(wq.write('ab', undefined, 'hex'), wq);
console.log(wq.write('xyz', 2, 'ucs2'), wq);
console.log(wq.write('1234', 0, 'hex'), wq);
console.log(wq.write('12zz', 'hex'), wq.write('zz12', 'hex'), wq);
// === write errors
t(() => Buffer.alloc(4).write('ab', 5));
t(() => Buffer.alloc(4).write('ab', 1, 5));
t(() => Buffer.alloc(4).write('ab', 1.5));
t(() => Buffer.alloc(4).write('ab', -1));
t(() => Buffer.alloc(4).write('ab', 0, 2, 'nope'));
t(() => Buffer.alloc(4).write(1));
t(() => Buffer.alloc(4).write({}, 0));
// === fill strings
const f = Buffer.alloc(6);
for (const args of [['ab'], ['xy', 1, 5], ['c', 'latin1'], ['aabb', 'hex'], ['', 1], ['€'], ['a', 1, 'utf8'], ['AQI=', 'base64'], ['é', 'latin1'], ['é', 'ascii'], ['ab', 'ucs2'], ['€', 'ucs2'], ['a', 5, 5], ['b', 4, 2], ['abc', 1, 4, 'hex'], ['😀']])
  console.log(JSON.stringify(args), f.fill(...args).toString('hex'));
// === fill numbers and buffers
const fn = Buffer.alloc(6);
for (const v of [0, 1, 300, -2, 1.9, NaN, Infinity, '5', true, null, {}, [7]])
  console.log(JSON.stringify(v), fn.fill(v).toString('hex'));
console.log(fn.fill(1, 2).toString('hex'), fn.fill(2, 3, 4).toString('hex'));
console.log(fn.fill(Buffer.from([1, 2, 3, 4])).toString('hex'), fn.fill(new Uint16Array([0x0102])).toString('hex'), fn.fill(new DataView(new ArrayBuffer(1))).toString('hex'));
console.log(fn.fill(new ArrayBuffer(2)).toString('hex'), fn.fill(Buffer.from('xyz'), 1, 5).toString('hex'), fn.fill(5n).toString('hex'));
// === fill errors
t(() => Buffer.alloc(4).fill('zz', 'hex'));
t(() => Buffer.alloc(4).fill(Buffer.alloc(0)));
t(() => Buffer.alloc(4).fill('a', 'x'));
t(() => Buffer.alloc(4).fill('a', 0, 9));
t(() => Buffer.alloc(4).fill('a', -1));
t(() => Buffer.alloc(4).fill('a', 0, 5, 5));
t(() => Buffer.alloc(4).fill('a', 0, 2, 'nope'));
t(() => Buffer.alloc(4).fill(1, 1.5));
// === indexOf numbers
const io = Buffer.from('abcabc');
console.log(io.indexOf(98), io.indexOf(98, 2), io.indexOf(98 + 256), io.indexOf(-159), io.indexOf(200), io.indexOf(98, -2), io.indexOf(98, -100), io.indexOf(98, 100), io.indexOf(98.9));
console.log(io.lastIndexOf(98), io.lastIndexOf(98, 3), io.lastIndexOf(98, -3), io.lastIndexOf(98, -100), io.lastIndexOf(98, 100), io.lastIndexOf(97, 0));
// === indexOf strings
const is = Buffer.from('this is a buffer, a buffer');
console.log(is.indexOf('is'), is.indexOf('is', 3), is.indexOf('buffer'), is.lastIndexOf('buffer'), is.lastIndexOf('buffer', 19), is.indexOf('nope'), is.indexOf(''), is.indexOf('', 5), is.indexOf('', 100), is.lastIndexOf(''), is.lastIndexOf('', 3));
console.log(is.indexOf('a', 'latin1'), is.indexOf('is', 'utf8'), is.indexOf('is', -5), is.indexOf('is', null), is.indexOf('is', {}), is.lastIndexOf('is', {}), is.indexOf('is', [4]), is.indexOf('is', 2.9), is.lastIndexOf('is', -21));
t(() => is.indexOf('is', '3'));
// === indexOf other encodings
const ie = Buffer.from('héllo wörld');
console.log(ie.indexOf('ö'), ie.indexOf('wö'), ie.indexOf('6c6c', 'hex'), ie.indexOf('bGxv', 'base64'), ie.indexOf('llo', 'ascii'), ie.indexOf('é', 'latin1'), ie.indexOf(Buffer.from('ll')), ie.indexOf(new Uint8Array([0x6c, 0x6f])));
const u16 = Buffer.from('abcabc', 'utf16le');
console.log(u16.indexOf('b', 'utf16le'), u16.indexOf('ca', 0, 'ucs2'), u16.lastIndexOf('b', 'ucs2'), u16.indexOf('\u6200', 'ucs2'), u16.indexOf(Buffer.from('b\u0000'), 0, 'ucs2'), Buffer.from([0, 0x62, 0]).indexOf('b', 'ucs2'));
// === includes
const inc = Buffer.from('hello world');
console.log(inc.includes('world'), inc.includes('World'), inc.includes(111), inc.includes('o', 8), inc.includes(Buffer.from('lo w')), inc.includes('776f', 'hex'));
// === indexOf errors
t(() => Buffer.from('a').indexOf({}));
t(() => Buffer.from('a').indexOf('a', 0, 'nope'));
t(() => Buffer.from('a').indexOf(true));
t(() => Buffer.prototype.indexOf.call('abc', 'b'));
console.log(Buffer.from('ab').indexOf(Buffer.from('b'), 0, 'nope'));
// === reading unsigned integers
const r = Buffer.from([0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0x07, 0xff]);
console.log(r.readUInt8(0), r.readUInt8(7), r.readUInt16LE(0), r.readUInt16BE(0), r.readUInt32LE(0), r.readUInt32BE(4), r.readUIntLE(1, 3), r.readUIntBE(2, 6), r.readUIntLE(0, 5), r.readUintBE(0, 1));
console.log(r.readUint8(1), r.readUint16LE(6), r.readUint32BE(0), r.readUIntLE(2, 6), r.readUInt16BE(6));
// === reading signed integers
const rs = Buffer.from([0xff, 0xfe, 0x80, 0x00, 0x7f, 0xff, 0xff, 0xff]);
console.log(rs.readInt8(0), rs.readInt8(4), rs.readInt16LE(0), rs.readInt16BE(2), rs.readInt32LE(0), rs.readInt32BE(4), rs.readIntLE(0, 3), rs.readIntBE(0, 6), rs.readIntLE(2, 6), rs.readIntBE(3, 5));
// === reading floats and doubles
const fb = Buffer.alloc(12);
fb.writeFloatLE(1.5, 0);
fb.writeDoubleBE(-0.1, 4);
console.log(fb, fb.readFloatLE(0), fb.readFloatBE(0), fb.readDoubleBE(4), fb.readDoubleLE(4));
console.log(fb.writeFloatBE(3.4e39, 0), fb.readFloatBE(0), fb.writeFloatLE(NaN), fb.readFloatLE(), fb.writeDoubleLE(-Infinity, 4), fb.readDoubleLE(4), fb.writeFloatLE(0.1), fb.readFloatLE(0));
// === reading bigints
const bg = Buffer.from([0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0x07, 0x80]);
console.log(bg.readBigUInt64LE(0), bg.readBigInt64LE(0), bg.readBigUInt64BE(8), bg.readBigInt64BE(8), bg.readBigUInt64LE(8), bg.readBigInt64LE(8), bg.readBigUint64BE(4));
// === read errors
const re = Buffer.alloc(3);
t(() => re.readUInt8(3));
t(() => re.readUInt8(-1));
t(() => re.readUInt8(1.5));
t(() => re.readUInt8('1'));
t(() => re.readUInt8(null));
t(() => re.readUInt8(NaN));
t(() => re.readUInt16LE(2));
t(() => re.readUInt32LE(0));
t(() => re.readInt32BE());
t(() => re.readDoubleLE(0));
t(() => re.readBigInt64LE());
t(() => Buffer.alloc(10).readBigUInt64BE(3));
t(() => re.readUIntLE(0));
t(() => re.readUIntLE(undefined, 1));
t(() => re.readIntBE(0, 7));
t(() => re.readIntBE(0, 0));
t(() => re.readIntBE(0, 1.5));
t(() => re.readUIntBE(0, '2'));
t(() => re.readUIntLE(2, 2));
t(() => Buffer.alloc(0).readUInt8());
t(() => Buffer.alloc(3).readUInt8(2 ** 33));
// === writing unsigned integers
const wi = Buffer.alloc(8);
const show = (n) => console.log(n, wi.toString('hex'));
show(wi.writeUInt8(255));
show(wi.writeUInt16LE(0x1234, 1));
show(wi.writeUInt16BE(0x1234, 3));
show(wi.writeUInt32LE(0xdeadbeef, 4));
show(wi.writeUInt32BE(0xdeadbeef, 0));
show(wi.writeUIntLE(0x123456, 0, 3));
show(wi.writeUIntBE(0xabcdef012345, 2, 6));
show(wi.writeUIntLE(0xabcdef0123, 1, 5));
show(wi.writeUint8(7, 7));
show(wi.writeUint16LE(1, 0));
show(wi.writeUint32BE(1, 2));
show(wi.writeUintLE(2, 6, 2));
show(wi.writeUintBE(3, 0, 1));
// === writing signed integers
const ws = Buffer.alloc(8);
const shows = (n) => console.log(n, ws.toString('hex'));
shows(ws.writeInt8(-1));
shows(ws.writeInt16LE(-2, 1));
shows(ws.writeInt16BE(-300, 3));
shows(ws.writeInt32BE(-5, 4));
shows(ws.writeInt32LE(-0x12345678, 0));
shows(ws.writeIntLE(-0x123456789a, 0, 5));
shows(ws.writeIntBE(-1, 5, 3));
shows(ws.writeIntLE(-0x7fffffffffff, 2, 6));
shows(ws.writeIntBE(0x7fffffffff, 0, 5));
shows(ws.writeIntLE(-2, 0, 1));
// === writing values that need converting
const wc = Buffer.alloc(8);
for (const [m, v, o] of [['writeUInt8', 1.7, 0], ['writeInt16LE', -2.5, 2], ['writeUInt32LE', '258', 4], ['writeUInt8', NaN, 1], ['writeUInt16BE', null, 0], ['writeInt8', '-3', 7], ['writeDoubleLE', '1.5', 0], ['writeFloatBE', undefined, 4]])
  console.log(m, JSON.stringify(v), wc[m](v, o), wc.toString('hex'));
// === writing bigints
const wb = Buffer.alloc(16);
console.log(wb.writeBigUInt64LE(0x0102030405060708n), wb.toString('hex'));
console.log(wb.writeBigInt64BE(-2n, 8), wb.toString('hex'));
console.log(wb.writeBigUint64BE(2n ** 64n - 1n), wb.toString('hex'));
console.log(wb.writeBigInt64LE(-(2n ** 63n), 8), wb.toString('hex'));
console.log(wb.writeBigUint64LE(5n, 1), wb.writeBigInt64BE(0x1234n, 8), wb.toString('hex'));
console.log(wb.writeBigInt64LE(-1n), wb.readBigInt64LE(0), wb.readBigUInt64BE(0));
// === write range errors
const we = Buffer.alloc(8);
t(() => we.writeUInt8(256));
t(() => we.writeUInt8(-1));
t(() => we.writeInt8(128));
t(() => we.writeUInt16BE(65536));
t(() => we.writeInt16LE(-32769));
t(() => we.writeUInt32LE(2 ** 32));
t(() => we.writeInt32LE(-(2 ** 31) - 1));
t(() => we.writeUIntLE(2 ** 24, 0, 3));
t(() => we.writeUIntLE(2 ** 40, 0, 5));
t(() => we.writeUIntLE(2 ** 48, 0, 6));
t(() => we.writeIntLE(2 ** 47, 0, 6));
t(() => we.writeIntBE(-(2 ** 39) - 1, 0, 5));
t(() => we.writeBigInt64LE(2n ** 63n));
t(() => we.writeBigUInt64LE(-1n));
t(() => we.writeBigUInt64LE(2n ** 64n));
t(() => we.writeUInt8(2 ** 40));
t(() => we.writeUInt8(1.5e10));
// === write bounds errors
const wbe = Buffer.alloc(8);
t(() => wbe.writeUInt16LE(1, 7));
t(() => wbe.writeUInt8(1, 'x'));
t(() => wbe.writeUInt8(1, 8));
t(() => wbe.writeUInt8(1, 1.5));
t(() => wbe.writeUInt32BE(1, -1));
t(() => wbe.writeDoubleLE(1, 1));
t(() => wbe.writeFloatBE(1, 5));
t(() => Buffer.alloc(4).writeDoubleLE(1, 0));
t(() => wbe.writeUIntLE(1, 0, 7));
t(() => wbe.writeUIntLE(1, 0));
t(() => wbe.writeUInt8(3, 2 ** 33));
t(() => wbe.writeBigInt64LE(1n, 1));
t(() => wbe.writeUInt16LE(70000, 7));
// === swap16 swap32 swap64
const sw = Buffer.from([1, 2, 3, 4, 5, 6, 7, 8]);
console.log(sw.swap16().toString('hex'));
console.log(sw.swap16().toString('hex'));
console.log(sw.swap32().toString('hex'));
console.log(sw.swap64().toString('hex'));
console.log(sw.swap16() === sw, Buffer.alloc(0).swap64());
const big = Buffer.alloc(256);
for (let i = 0; i < 256; i++) big[i] = i;
console.log(big.swap16().subarray(0, 4), big.swap16().swap32().subarray(0, 8), big.swap32().swap64().subarray(0, 8));
t(() => Buffer.alloc(3).swap16());
t(() => Buffer.alloc(6).swap32());
t(() => Buffer.alloc(12).swap64());
// === reverse and sort
console.log(Buffer.from('abc').reverse(), Buffer.from('cab').sort(), Buffer.from([3, 1, 2]).sort((x, y) => y - x));
// === length and indices
const li = Buffer.from('abc');
li[1] = 300;
li[5] = 1;
li[-1] = 2;
console.log(li.length, li, li[1], li[5], li[-1], li[3], 'length' in li, li.byteLength);
// === iteration
const it = Buffer.from('hi!');
for (const x of it) console.log(x);
console.log([...it], [...it.entries()], [...it.keys()], [...it.values()], Array.from(it, (x) => x + 1));
for (const k in Buffer.from('ab')) if (k === '0' || k === '1' || k === 'toString' || k === 'readUInt8') console.log('for-in', k);
// === util.inspect a buffer
const util = require('util');
const ui = Buffer.from('hello');
console.log(util.inspect(ui), util.inspect(Buffer.alloc(0)), util.inspect(ui, { customInspect: false }), util.inspect(ui, { showHidden: true }));
console.log(util.format('%o|%O|%j|%d|%i', ui, ui, ui, ui, ui));
// === format %s calls toString
console.log(require('util').format('%s', Buffer.from('hello')));
console.log('%s', Buffer.from('ab'));
// === printing long buffers
const lb = Buffer.alloc(120);
for (let i = 0; i < lb.length; i++) lb[i] = i;
console.log(lb);
console.log(Buffer.alloc(51), Buffer.alloc(50));
console.log([Buffer.alloc(52)]);
// === printing nested buffers
console.log({ a: Buffer.from('x'), b: [Buffer.from('yz'), { c: Buffer.alloc(2) }], d: new Map([['k', Buffer.from('v')]]) });
console.log([Buffer.from('first'), Buffer.from('second')], new Set([Buffer.from('s')]));
console.log({ deep: { deeper: { deepest: { buf: Buffer.from('x') } } } }, { deep: { deeper: { buf: Buffer.from('x') } } });
// === printing buffers breaks long lines
console.log({ one: Buffer.alloc(20), two: Buffer.alloc(20), three: Buffer.alloc(20) });
console.log([Buffer.alloc(30), Buffer.alloc(30), Buffer.alloc(30)]);
// === printing buffers with own properties
const op = Buffer.from('ab');
op.name = 'tagged';
op.n = 2;
op[Symbol('s')] = [1];
console.log(op);
const op2 = Buffer.alloc(0);
op2.x = { y: 1 };
console.log(op2, util.inspect(op, { showHidden: true }));
Object.defineProperty(op, 'hidden', { value: 1, enumerable: false });
console.log(op, util.inspect(op, { showHidden: true }));
const lp = Buffer.alloc(60);
lp.extra = true;
console.log(lp);
// === INSPECT_MAX_BYTES
const bufmod = require('buffer');
console.log(bufmod.INSPECT_MAX_BYTES);
bufmod.INSPECT_MAX_BYTES = 4;
console.log(Buffer.from('abcdef'), Buffer.from('abcde'), Buffer.from('abcd'));
bufmod.INSPECT_MAX_BYTES = 0;
console.log(Buffer.from('ab'), Buffer.alloc(0));
t(() => { bufmod.INSPECT_MAX_BYTES = -1; });
t(() => { bufmod.INSPECT_MAX_BYTES = '3'; });
// === printing typed arrays still works
console.log(new Uint8Array([1, 2, 3]), new Uint16Array(2), new Float32Array([1.5]), new Uint8Array(0), new BigInt64Array(1));
console.log(new Uint8Array(120));
console.log(new Uint8Array(3).buffer, Buffer.from('ab').buffer.byteLength, new DataView(new ArrayBuffer(2)));
console.log(util.inspect(new Uint8Array([1, 2]), { showHidden: true }));
// === printing a Buffer subclass and prototype
class MyBuf extends Buffer {}
console.log(Object.getPrototypeOf(Buffer.from('a')) === Buffer.prototype, MyBuf.name);
const ta = new Uint8Array([104, 105]);
Object.setPrototypeOf(ta, Buffer.prototype);
console.log(ta, Buffer.isBuffer(ta));
// === require buffer module
const mod = require('buffer');
console.log(mod.Buffer === Buffer, require('node:buffer') === mod, mod.kMaxLength, mod.kStringMaxLength, mod.constants, typeof mod.SlowBuffer);
console.log(mod.atob === atob, mod.btoa === btoa, mod.atob('aGk='), mod.btoa('hi'));
console.log(Object.keys(mod).join(','));
// === require buffer printed
console.log(require('buffer'));
// === SlowBuffer isUtf8 isAscii
const { SlowBuffer, isUtf8, isAscii } = require('buffer');
console.log(SlowBuffer(3).length, Buffer.isBuffer(SlowBuffer(2)));
console.log(isUtf8(Buffer.from('é')), isUtf8(Buffer.from([0xff])), isAscii(Buffer.from('a')), isAscii(Buffer.from('é')), isUtf8(new ArrayBuffer(2)), isAscii(new Uint16Array([0x8000])));
t(() => isUtf8('a'));
// === transcode
const { transcode } = require('buffer');
console.log(transcode(Buffer.from('€é'), 'utf8', 'ucs2'), transcode(Buffer.from('€é'), 'utf8', 'latin1'), transcode(Buffer.from('€é'), 'utf8', 'ascii'), transcode(Buffer.from('hé', 'latin1'), 'latin1', 'utf8'));
console.log(transcode(Buffer.from('hi', 'utf16le'), 'utf16le', 'utf8'), transcode(Buffer.alloc(0), 'utf8', 'ucs2'));
t(() => transcode(Buffer.from('a'), 'utf8', 'hex'));
t(() => transcode('a', 'utf8', 'ucs2'));
// === transcode substitutions
const { transcode: tr2 } = require('buffer');
for (const [bytes, from, to] of [[[0xe9, 0x41], 'ascii', 'utf8'], [[0xe9, 0x41], 'latin1', 'ascii'], [[0xff, 0x41], 'utf8', 'latin1'], [[0xf0, 0x9f, 0x98, 0x80], 'utf8', 'latin1'],
  [[0x41, 0x00, 0x42], 'ucs2', 'utf8'], [[0xe9, 0x41], 'ascii', 'ucs2'], [[0xe9, 0x41], 'latin1', 'ucs2'], [[0xff, 0x41], 'utf8', 'utf8'], [[0xe2, 0x82], 'utf8', 'ascii'],
  [[0xac, 0x20, 0xe9, 0x00], 'ucs2', 'latin1'], [[0xac, 0x20, 0xe9, 0x00], 'ucs2', 'ascii'], [[0x3d, 0xd8, 0x41, 0x00], 'ucs2', 'latin1'], [[0x41, 0x00, 0x42], 'ucs2', 'ucs2'],
  [[0x41, 0x00, 0x42], 'ucs2', 'latin1'], [[0xe9], 'ascii', 'latin1'], [[0xe9], 'latin1', 'utf8'], [[0xf0, 0x9f, 0x98, 0x80], 'utf8', 'ucs2'], [[0x61], 'binary', 'UTF-8']])
  t(() => [from, to, tr2(Buffer.from(bytes), from, to)]);
// === transcode errors
const { transcode: tr3 } = require('buffer');
for (const [bytes, from, to] of [[[0xff, 0x41], 'utf8', 'utf16le'], [[0x3d, 0xd8, 0x41, 0x00], 'ucs2', 'utf8'], [[0x61], 'base64', 'utf8'], [[0x61], 'nope', 'utf8'], [[0x61], 'utf8', 'nope']]) {
  try {
    tr3(Buffer.from(bytes), from, to);
  } catch (e) {
    console.log(from, to, e.name, e.message, e.code, e.errno, Object.keys(e));
  }
}
// === constants are frozen
const k = require('buffer').constants;
k.MAX_LENGTH = 1;
console.log(k.MAX_LENGTH, Object.isFrozen(k), Object.getOwnPropertyDescriptor(k, 'MAX_LENGTH').writable);
// === object with toString is not a string
t(() => Buffer.from({ toString() { return 'x'; } }));
console.log(Buffer.from(Object.assign(Object.create({ valueOf() { return 'proto'; } }))));
// === buffers as map keys and in sets are by identity
const k1 = Buffer.from('k');
const map = new Map([[k1, 1]]);
console.log(map.get(k1), map.get(Buffer.from('k')), new Set([Buffer.from('a'), Buffer.from('a')]).size);
// === building a string from chunks
const chunks = [];
for (const word of ['stream', 'ing ', 'chunks ', '😀']) chunks.push(Buffer.from(word));
const whole = Buffer.concat(chunks);
console.log(whole.toString(), whole.length, chunks.reduce((n, c) => n + c.length, 0));
// === hex dump loop
const hd = Buffer.from('The quick brown fox jumps over the lazy dog');
for (let i = 0; i < hd.length; i += 16) {
  const row = hd.subarray(i, i + 16);
  console.log(i.toString(16).padStart(4, '0'), row.toString('hex').match(/../g).join(' ').padEnd(47), row.toString('latin1').replace(/[^\x20-\x7e]/g, '.'));
}
// === binary protocol header
const header = Buffer.alloc(10);
let off = header.writeUInt8(1, 0);
off = header.writeUInt16BE(513, off);
off = header.writeInt32LE(-42, off);
off = header.writeUInt8(0xff, off);
console.log(off, header, header.readUInt8(0), header.readUInt16BE(1), header.readInt32LE(3), header.readUInt8(7), header.readUInt16LE(8));
// === base64 of utf8 text round trip
const text = 'Node.js Buffer ✓ — ünïcödé';
const enc64 = Buffer.from(text).toString('base64');
console.log(enc64, Buffer.from(enc64, 'base64').toString() === text, Buffer.from(text).toString('hex').length);
// === big buffers
const bb = Buffer.alloc(70000, 'abc');
console.log(bb.length, bb.toString('utf8', 0, 9), bb.indexOf('cab', 60000), bb.lastIndexOf('abc'), bb.toString('base64').length, Buffer.from(bb.toString('hex'), 'hex').equals(bb));
console.log(bb.subarray(0, 60));
// === dataview and other views
const dv = new DataView(new ArrayBuffer(4));
dv.setUint16(0, 0x4142);
console.log(Buffer.from(dv.buffer), Buffer.byteLength(dv));
t(() => Buffer.from(dv));
// === Buffer.copyBytesFrom
const cf = new Uint16Array([1, 2, 3]);
console.log(Buffer.copyBytesFrom(cf), Buffer.copyBytesFrom(cf, 1), Buffer.copyBytesFrom(cf, 1, 1), Buffer.copyBytesFrom(cf, 5), Buffer.copyBytesFrom(new Uint8Array(0)));
t(() => Buffer.copyBytesFrom([1, 2]));
t(() => Buffer.copyBytesFrom(cf, -1));
// === toLocaleString and inspect method
console.log(Buffer.from('loc').toLocaleString(), Buffer.from('loc').toLocaleString('hex'), Buffer.from('ab').inspect());
// === generic this
t(() => Buffer.prototype.readUInt8.call([7], 0));
t(() => Buffer.prototype.equals.call(new Uint8Array([1]), new Uint8Array([1])));
t(() => Buffer.prototype.slice.call(new Uint8Array([1, 2, 3]), 1));
// === generic this errors
t(() => Buffer.prototype.toString.call(new Uint8Array([104, 105])));
t(() => Buffer.prototype.toString.call({}));
// === utf8Write and hexSlice directly
const nb = Buffer.alloc(4);
console.log(nb.utf8Write('ab', 1), nb, nb.hexSlice(1, 3), nb.latin1Slice(), nb.asciiWrite('z'), nb.ucs2Slice(0, 2));
t(() => nb.hexSlice(2, 1));
t(() => nb.hexSlice(0, 5));
t(() => nb.hexSlice(-1));
t(() => nb.utf8Write('abc', 5));
t(() => nb.utf8Write(1));
t(() => nb.utf8Write('a', -1));
// === errors from buffer functions print like node
try {
  Buffer.alloc(2).readUInt16LE(1);
} catch (e) {
  console.log(e.name, e.code, e.message, e instanceof RangeError, Object.keys(e));
}
try {
  Buffer.from(1);
} catch (e) {
  console.log(e.name, e.code, e instanceof TypeError);
}
// === uncaught buffer error exit code
console.log('before');
Buffer.alloc(1).readUInt8(1);
console.log('after');
// === buffer in error message and assert
const assert = require('assert');
t(() => assert.deepStrictEqual(Buffer.from('a'), Buffer.from('a')));
t(() => assert.strictEqual(Buffer.from('a').toString(), 'a'));
console.log(util.isDeepStrictEqual(Buffer.from('ab'), Buffer.from('ab')), util.isDeepStrictEqual(Buffer.from('ab'), Buffer.from('ac')));
// === structuredClone of a buffer
const sc = structuredClone(Buffer.from('ab'));
console.log(sc, Buffer.isBuffer(sc), sc instanceof Uint8Array);
// === TextDecoder and TextEncoder with buffers
console.log(new TextDecoder().decode(Buffer.from('héllo')), Buffer.from(new TextEncoder().encode('€')));
// === atob and btoa globals
console.log(atob('aGVsbG8='), btoa('hello'), Buffer.from(btoa('bin\u00ff'), 'base64'));
// === pool contents printed through buf.buffer
const pb = Buffer.from('hi');
console.log(pb.buffer);
console.log(new Uint8Array(pb.buffer, 0, 12));
// === console.dir and console.table
console.dir(Buffer.from('dir'));
console.dir({ b: Buffer.from('x') }, { depth: 0 });
console.table([{ b: Buffer.from('ab') }, { b: Buffer.alloc(0) }]);
// === inspect options
const util2 = require('util');
console.log(util2.inspect(Buffer.from('ab'), { depth: 0 }), util2.inspect({ a: [Buffer.from('q')] }, { depth: 0 }), util2.inspect([[Buffer.alloc(1)]], { depth: 0 }));
console.log(util2.inspect(Buffer.from('abc'), { maxArrayLength: 1 }), util2.inspect(Buffer.from('abc'), { customInspect: false, maxArrayLength: 1 }));
console.log(util2.inspect(Buffer.alloc(200), { breakLength: 40 }));
console.log(util2.inspect({ buf: Buffer.alloc(70) }, { compact: false }));
// === printing a buffer with an accessor property
const g = Buffer.from('g');
Object.defineProperty(g, 'getter', { get() { return 1; }, enumerable: true });
console.log(g);
// === Object.keys and friends on a buffer
const ok = Buffer.from('ab');
console.log(Object.keys(ok), Object.values(ok), Object.entries(ok), Object.getOwnPropertyNames(ok), Array.isArray(ok), JSON.stringify(Object.assign({}, ok)));
// === coercions
const co = Buffer.from('12');
console.log(co + 1, co * 2, +co, `${co}!`, co == '12', { [co]: 1 }, [co, co].join('|'), String([co]));
// === BOM handling
const bom = Buffer.from('\ufeffbom');
console.log(bom, JSON.stringify(bom.toString()), bom.toString().length, Buffer.from([0xef, 0xbb, 0xbf, 0x41]).toString().length);
console.log(Buffer.from('\ufeffhi', 'utf16le'), Buffer.from([0xff, 0xfe, 0x68, 0x00]).toString('utf16le').length);
// === Uint8Array methods on buffers
const x = Buffer.alloc(6);
x.set([1, 2], 1);
console.log(x);
x.copyWithin(3, 0, 3);
console.log(x, Uint8Array.prototype.subarray.call(x, 1) instanceof Buffer, new Uint8Array(x), x.indexOf(2), x.findIndex((b) => b === 2), x.some((b) => b > 1));
// === views over a buffer's memory
const vb = Buffer.alloc(8);
const fa = new Float32Array(vb.buffer, vb.byteOffset, 2);
fa[0] = 1;
console.log(vb);
const dv2 = new DataView(vb.buffer, vb.byteOffset, vb.length);
dv2.setInt16(6, -2);
console.log(vb, dv2.getUint8(7), new Uint16Array(vb.buffer, vb.byteOffset, 4));
// === round trips of all bytes
const bytes = Buffer.alloc(256);
for (let i = 0; i < 256; i++) bytes[i] = i;
for (const enc of ['hex', 'base64', 'base64url', 'latin1', 'binary'])
  console.log(enc, Buffer.from(bytes.toString(enc), enc).equals(bytes));
console.log('utf8', Buffer.from(bytes.toString('utf8')).length, 'ascii', Buffer.from(bytes.toString('ascii'), 'ascii').equals(bytes), 'ucs2', Buffer.from(bytes.toString('ucs2'), 'ucs2').equals(bytes));
// === base64 padding by length
for (let n = 0; n <= 7; n++) {
  const bb = Buffer.from('abcdefg'.slice(0, n));
  console.log(n, bb.toString('base64'), bb.toString('base64url'), Buffer.byteLength(bb.toString('base64'), 'base64'));
}
// === hex case and odd strings
console.log(Buffer.from('ABCDEF', 'hex').toString('hex'), Buffer.from('aBc', 'hex'), Buffer.from('0x12', 'hex'), Buffer.from(' 12', 'hex'), Buffer.from('1g', 'hex'));
// === utf16le round trip of text
const u16t = 'héllo 😀 wörld';
const u16b = Buffer.from(u16t, 'utf16le');
console.log(u16b.length, u16b.toString('utf16le') === u16t, u16b.subarray(0, 3).toString('utf16le'), u16b.toString('utf16le', 1));
// === numeric round trips
const nr = Buffer.alloc(8);
for (const v of [0, -0, 1, -1, 0.1, 1e308, 5e-324, -Infinity, NaN, 2 ** 53]) {
  nr.writeDoubleBE(v);
  const d = nr.readDoubleBE();
  nr.writeFloatLE(v);
  console.log(v, Object.is(d, v), nr.readFloatLE(), nr.toString('hex', 0, 4));
}
// === signed round trips for every width
const sr = Buffer.alloc(6);
for (let n = 1; n <= 6; n++) {
  const min = -(2 ** (8 * n - 1));
  const max = 2 ** (8 * n - 1) - 1;
  for (const v of [min, -1, 0, 1, max]) {
    sr.writeIntLE(v, 0, n);
    const le = sr.readIntLE(0, n);
    sr.writeIntBE(v, 0, n);
    const be = sr.readIntBE(0, n);
    sr.writeUIntBE(v < 0 ? v + 2 ** (8 * n) : v, 0, n);
    console.log(n, v, le, be, sr.readUIntBE(0, n), sr.toString('hex', 0, n));
  }
}
// === bigint round trips
const br = Buffer.alloc(8);
for (const v of [0n, 1n, -1n, 2n ** 63n - 1n, -(2n ** 63n), 0x123456789abcdefn, -0x123456789abcdefn]) {
  br.writeBigInt64LE(v);
  const le = br.readBigInt64LE();
  br.writeBigInt64BE(v);
  console.log(v, le, br.readBigInt64BE(), br.readBigUInt64BE(), br.toString('hex'));
}
// === reading records in a loop
const rec = Buffer.from([0x00, 0x03, 0x61, 0x62, 0x63, 0x00, 0x02, 0x68, 0x69, 0x00, 0x00]);
for (let i = 0; i < rec.length;) {
  const n = rec.readUInt16BE(i);
  console.log(i, n, JSON.stringify(rec.toString('utf8', i + 2, i + 2 + n)));
  i += 2 + n;
}
// === indexOf with buffers and offsets
const ib = Buffer.from('aXbXcXd');
const X = Buffer.from('X');
console.log(ib.indexOf(X), ib.indexOf(X, 2), ib.indexOf(X, -2), ib.lastIndexOf(X), ib.lastIndexOf(X, 4), ib.lastIndexOf(X, -4), ib.indexOf(Buffer.alloc(0)), ib.indexOf(Buffer.alloc(0), 99), ib.lastIndexOf(Buffer.alloc(0), 3), ib.indexOf(Buffer.from('Xd'), 6));
console.log(ib.indexOf(new Uint8Array([0x63, 0x58])), ib.includes(Buffer.from('bXc')), ib.indexOf(Buffer.from('aXbXcXdX')), Buffer.alloc(0).indexOf(X), Buffer.alloc(0).indexOf(''), Buffer.alloc(0).indexOf(0));
// === indexOf byteOffset coercions
const bo = Buffer.from('abcabc');
for (const off of [undefined, null, true, false, '', NaN, 2.5, -2.5, Infinity, -Infinity, 2 ** 40, -(2 ** 40), [], [3], {}])
  console.log(String(off), bo.indexOf('b', off), bo.lastIndexOf('b', off));
// === lastIndexOf strings in encodings
const li2 = Buffer.from('xyzxyz');
console.log(li2.lastIndexOf('yz'), li2.lastIndexOf('7a', 'hex'), li2.lastIndexOf('eXo=', 'base64'), li2.lastIndexOf('x', 2, 'latin1'), li2.lastIndexOf('xyz', -1), li2.lastIndexOf('zx', 1));
// === subarray chains share memory
const root = Buffer.from('0123456789');
const s1 = root.subarray(2);
const s2 = s1.subarray(3, 6);
s2[0] = 0x41;
console.log(root.toString(), s1.toString(), s2.toString(), s2.byteOffset - root.byteOffset, s2.buffer === root.buffer, s2.length);
// === copy between views of one buffer
const cv = Buffer.from('abcdefgh');
console.log(cv.subarray(0, 4).copy(cv, 4), cv.toString());
console.log(cv.copy(cv.subarray(1), 0, 0, 3), cv.toString());
// === concat of slices
const cs = Buffer.from('hello world');
console.log(Buffer.concat([cs.subarray(6), Buffer.from(' '), cs.subarray(0, 5)]).toString(), Buffer.concat([cs, cs], 13).toString(), Buffer.concat([cs], 0));
// === Buffer.alloc fill edge cases
console.log(Buffer.alloc(5, 'abc', 'hex'), Buffer.alloc(4, 'ab', 'base64'), Buffer.alloc(3, 0), Buffer.alloc(3, '\u0100'), Buffer.alloc(3, '\u0100', 'latin1'), Buffer.alloc(1, 'abc'), Buffer.alloc(0, 'abc'));
// === toString of large buffers
const lg = Buffer.alloc(20000, 'xy');
const lgs = lg.toString();
console.log(lgs.length, lgs.slice(0, 6), lg.toString('hex').length, lg.toString('base64').length, lg.toString('latin1', 19990), lg.toString('ucs2').length);
// === writing strings into a big buffer
const wbig = Buffer.alloc(100000);
let pos = 0;
for (let i = 0; i < 1000; i++) pos += wbig.write(`line ${i}\n`, pos);
console.log(pos, wbig.toString('utf8', 0, 14).split('\n'), wbig.indexOf('line 999'), wbig.lastIndexOf('\n', pos));
// === JSON round trip with reviver
const json = JSON.stringify({ id: 1, payload: Buffer.from('secret') });
const back = JSON.parse(json, (k, v) => (v && v.type === 'Buffer' ? Buffer.from(v.data) : v));
console.log(json, back, back.payload.toString());
// === Buffer.from string ignores offset-like arguments
console.log(Buffer.from('abcdef', 2, 3), Buffer.from('abcdef', 'utf8', 3), Buffer.from([1, 2, 3], 1), Buffer.from(new Uint8Array([1, 2, 3]), 1, 1));
// === comparing and sorting
const list = ['pear', 'apple', 'fig', 'apples', ''].map((w) => Buffer.from(w));
console.log(list.slice().sort(Buffer.compare).map(String), list.slice().sort((a, b) => b.compare(a)).map(String));
console.log(Buffer.from('abc').compare(Buffer.from('abd')), Buffer.from([0xff]).compare(Buffer.from([0x00, 0x00])), Buffer.from('ab').subarray(1).equals(Buffer.from('b')));
// === spreading and Math
const sp = Buffer.from([5, 1, 9]);
console.log(Math.max(...sp), [...sp].reverse(), Array.prototype.map.call(sp, (b) => b.toString(16)), sp.reduce((a, b) => a + b, 0));
// === buffers from other typed arrays share or copy
const f64 = new Float64Array([1]);
const shared = Buffer.from(f64.buffer);
const copied = Buffer.from(f64);
f64[0] = 2;
console.log(shared, copied, shared.length, copied.length);
// === typeof and instanceof checks
const tb = Buffer.alloc(1);
console.log(typeof tb, tb instanceof Object, tb instanceof Uint8Array, tb instanceof Uint16Array, Buffer.prototype instanceof Uint8Array, Object.getPrototypeOf(tb) === Buffer.prototype);
console.log(Buffer.prototype.constructor === Buffer, Object.getOwnPropertyNames(Buffer).sort().join(','));
// === the deprecated constructor warns once
new Buffer(1);
Buffer(2);
console.log('stdout only');
// === isEncoding over many names
for (const e of ['utf8', 'utf-8', 'UTF-8', 'Utf8', 'ucs2', 'ucs-2', 'UCS-2', 'utf16le', 'utf-16le', 'UTF16LE', 'latin1', 'binary', 'LATIN1', 'base64', 'BASE64', 'base64url', 'hex', 'HEX', 'ascii', 'ASCII', 'utf16', 'utf32', 'latin-1', 'base32', 'ucs4'])
  console.log(e, Buffer.isEncoding(e), Buffer.byteLength('ab', e), Buffer.from('ab', Buffer.isEncoding(e) ? e : 'utf8').length);
// === buffer with a getter-heavy prototype print
class Packet {
  constructor() {
    this.header = Buffer.from([1, 2]);
    this.body = Buffer.from('payload');
  }
}
console.log(new Packet(), [new Packet()], { list: [Buffer.alloc(3), Buffer.alloc(4)] });
// === buffers inside errors and promises
const err = new Error('boom');
err.data = Buffer.from('d');
console.log(Object.keys(err), err.data);
Promise.resolve(Buffer.from('p')).then((v) => console.log('resolved', v));
console.log(Promise.resolve(Buffer.from('q')));
// === buffers across timers and ticks
const acc = [];
setTimeout(() => {
  acc.push(Buffer.from('timer'));
  console.log(Buffer.concat(acc).toString());
}, 50);
process.nextTick(() => acc.push(Buffer.from('tick ')));
setImmediate(() => acc.push(Buffer.from('immediate ')));
acc.push(Buffer.from('main '));
// === process.stdout.write of a buffer
process.stdout.write(Buffer.from('written\n'));
process.stdout.write(Buffer.from('héllo\n'));
process.stdout.write(Buffer.from('aGkK', 'base64'));
// === process.stdout.write of a Uint8Array
process.stdout.write(new Uint8Array([104, 105, 10]));
// === TextDecoder strips the BOM
console.log(new TextDecoder().decode(Buffer.from([0xef, 0xbb, 0xbf, 0x41])).length, new TextDecoder('utf-8', { ignoreBOM: true }).decode(Buffer.from([0xef, 0xbb, 0xbf, 0x41])).length);
// === TextDecoder and TextEncoder over buffers
console.log(new TextDecoder().decode(Buffer.from('héllo').subarray(1)), new TextDecoder().decode(Buffer.from([0xe2, 0x82])), Buffer.from(new TextEncoder().encode('😀')));
// === toStringTag and util.types
const ut = require('util');
console.log(Buffer.alloc(1)[Symbol.toStringTag], ut.types.isUint8Array(Buffer.alloc(1)), ut.types.isTypedArray(Buffer.alloc(1)), ut.types.isUint8Array(Buffer.alloc(1).buffer));
// === inspecting Buffer.prototype
const lines = require('util').inspect(Buffer.prototype, { depth: 0 }).split('\n');
console.log(lines.length, lines[0], lines[1], lines[lines.length - 2], lines[lines.length - 1]);
// === a buffer over part of the pool
const pa = Buffer.from('abc');
const view = Buffer.from(pa.buffer, pa.byteOffset, pa.length);
view[0] = 0x41;
console.log(pa, view, view.byteOffset === pa.byteOffset, Buffer.from(pa.buffer).length);
// === assert.deepStrictEqual passes for equal buffers
const assert2 = require('assert');
assert2.deepStrictEqual(Buffer.from('same'), Buffer.from('same'));
assert2.notDeepStrictEqual(Buffer.from('a'), Buffer.from('b'));
assert2.deepEqual(Buffer.from('ab'), new Uint8Array([97, 98]));
console.log('asserts passed');
// === a 1 MB round trip through many chunks
const big1 = Buffer.alloc(1 << 20);
for (let i = 0; i < big1.length; i += 4096) big1.writeUInt32BE(i, i);
const pieces = [];
for (let i = 0; i < big1.length; i += 65536) pieces.push(Buffer.from(big1.subarray(i, i + 65536)));
const joined = Buffer.concat(pieces);
console.log(pieces.length, joined.length, joined.equals(big1), joined.readUInt32BE(65536 * 3), Buffer.compare(joined, big1), joined.indexOf(Buffer.from([0, 0x0f, 0xf0, 0])));
console.log(joined.subarray(4096, 4104), joined.toString('base64', 8188, 8200), joined.toString('hex', 1048572));
