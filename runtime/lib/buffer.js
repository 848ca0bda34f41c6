'use strict';
// The buffer module: Node's Buffer, written from Node's documentation and from
// what node v20 does when you try it (argument checks, error messages and codes,
// where small buffers land in the shared allocation pool, how they print).
// Bytes are moved in Go (runtime/buffer.go, reached as `native`): encoding and
// decoding strings, search, fill, compare, copy, transcode. This file holds the
// API around them.
//
// Layout: errors and argument checks; encodings (the codec table); the
// allocation pool; the FastBuffer class and the Buffer function with its
// statics; the prototype methods, added in the order Node lists them (programs
// see that order through Object.keys and util.inspect); the module's exports.
const internal = require('loopviz:internal');
const native = internal.buffer;

const kMaxLength = 2 ** 32;
const kStringMaxLength = 536870888; // V8's longest string, in UTF-16 units
const customInspect = Symbol.for('nodejs.util.inspect.custom');

// ---- errors ----

function nodeError(kind, code, message) {
  return internal.nodeError(kind, code, message);
}

// typeError is ERR_INVALID_ARG_TYPE for the argument called name (null: "The
// first argument", as Buffer.from words it); expected reads after "must be".
function typeError(name, expected, value) {
  const subject = name === null ? 'The first argument' : `The "${name}" argument`;
  return nodeError('TypeError', 'ERR_INVALID_ARG_TYPE', `${subject} must be ${expected}. Received ${received(value)}`);
}

// received describes a value as Node's argument errors do ("type number (5)",
// "an instance of Object"). The runtime's helper takes a symbol for a string.
function received(value) {
  if (typeof value !== 'symbol') return native.received(value);
  const text = String(value);
  return `type symbol (${text.length > 28 ? text.slice(0, 25) + '...' : text})`;
}

// Node writes big integers in range errors with digit groups (4_294_967_297),
// counting from the right of the number as String() writes it.
function groupDigits(text) {
  const stop = text[0] === '-' ? 1 : 0;
  let tail = '';
  let i = text.length;
  for (; i >= stop + 4; i -= 3) tail = `_${text.slice(i - 3, i)}${tail}`;
  return text.slice(0, i) + tail;
}

function describeForRange(value) {
  if (typeof value === 'number') {
    return Number.isInteger(value) && Math.abs(value) > 2 ** 32 ? groupDigits(String(value)) : internal.inspect(value);
  }
  if (typeof value === 'bigint') {
    const text = String(value);
    return (value > 2n ** 32n || value < -(2n ** 32n) ? groupDigits(text) : text) + 'n';
  }
  return internal.inspect(value);
}

function rangeError(name, must, value) {
  return nodeError('RangeError', 'ERR_OUT_OF_RANGE', `The value of "${name}" is out of range. It must be ${must}. Received ${describeForRange(value)}`);
}

function invalidValue(name, value) {
  return nodeError('TypeError', 'ERR_INVALID_ARG_VALUE', `The argument '${name}' is invalid. Received ${internal.inspect(value)}`);
}

function unknownEncoding(name) {
  return nodeError('TypeError', 'ERR_UNKNOWN_ENCODING', `Unknown encoding: ${name}`);
}

function outsideBuffer(what) {
  const message = what === undefined ? 'Attempt to access memory outside buffer bounds' : `"${what}" is outside of buffer bounds`;
  return nodeError('RangeError', 'ERR_BUFFER_OUT_OF_BOUNDS', message);
}

// checkInteger accepts an integer number in [min, max] and returns it. Node
// phrases these ranges with "&&" (the read and write methods say "and").
function checkInteger(name, value, min, max) {
  if (typeof value !== 'number') throw typeError(name, 'of type number', value);
  if (!Number.isInteger(value)) throw rangeError(name, 'an integer', value);
  if (value < min || value > max) throw rangeError(name, `>= ${min} && <= ${max}`, value);
  return value;
}

// checkSize is the size check of alloc, allocUnsafe and friends: any number
// in range, fractions included (they round down when the array is made).
function checkSize(size) {
  if (typeof size !== 'number') throw typeError('size', 'of type number', size);
  if (!(size >= 0 && size <= kMaxLength)) throw rangeError('size', `>= 0 && <= ${kMaxLength}`, size);
}

const isUint8Array = native.isUint8Array;
const isTypedArray = native.isTypedArray;
const isAnyArrayBuffer = native.isAnyArrayBuffer;

function checkUint8Array(name, value) {
  if (!isUint8Array(value)) throw typeError(name, 'an instance of Buffer or Uint8Array', value);
}

// ---- encodings ----

// A codec is one encoding: the id runtime/buffer.go knows it by, the names
// of its Buffer.prototype slice and write methods, how many bytes a string
// takes (exact, or an upper bound for base64 and hex, which skip what they
// cannot decode), and whether indexOf can search for a string in it directly
// (the others search for the string's bytes).
function base64Size(str) {
  let n = str.length;
  if (n > 0 && str.charCodeAt(n - 1) === 0x3d) n--;
  if (n > 0 && str.charCodeAt(n - 1) === 0x3d) n--;
  return (n * 3) >>> 2;
}

function codec(id, name, size, searchAsString) {
  return Object.freeze({ id, name, slice: `${name}Slice`, write: `${name}Write`, size, searchAsString });
}

const utf8 = codec(0, 'utf8', (str) => native.byteLengthUtf8(str), true);
const ucs2 = codec(1, 'ucs2', (str) => str.length * 2, true);
const latin1 = codec(2, 'latin1', (str) => str.length, true);
const ascii = codec(3, 'ascii', (str) => str.length, false);
const base64 = codec(4, 'base64', base64Size, false);
const base64url = codec(5, 'base64url', base64Size, false);
const hex = codec(6, 'hex', (str) => str.length >>> 1, false);

// The spellings Node accepts, in any letter case.
const codecsByName = new Map([
  ['utf8', utf8], ['utf-8', utf8],
  ['ucs2', ucs2], ['ucs-2', ucs2], ['utf16le', ucs2], ['utf-16le', ucs2],
  ['latin1', latin1], ['binary', latin1],
  ['ascii', ascii],
  ['base64', base64], ['base64url', base64url],
  ['hex', hex],
]);

// findCodec looks a name (a string) up; undefined when Node would not know it.
function findCodec(name) {
  return codecsByName.get(name) || codecsByName.get(name.toLowerCase());
}

function codecOrThrow(name) {
  const found = findCodec(`${name}`);
  if (found === undefined) throw unknownEncoding(name);
  return found;
}

// ---- the allocation pool ----

// Small buffers from allocUnsafe, from() and concat() are slices of a shared
// ArrayBuffer of Buffer.poolSize bytes, each starting on a multiple of 8; when
// one does not fit in what is left, a fresh pool replaces the old one.
// Programs see this through buf.byteOffset and buf.buffer.
let pool;
let poolView; // a FastBuffer over the whole pool, to write strings into
let poolUsed;

function freshPool() {
  pool = new ArrayBuffer(Buffer.poolSize);
  poolView = new FastBuffer(pool);
  poolUsed = 0;
}

function alignUp(n) {
  return (n + 7) & ~7;
}

// allocate is allocUnsafe without the argument check: a slice of the pool when
// the size is under half the pool size, else a buffer of its own. Odd sizes
// (NaN, 0) give an empty buffer.
function allocate(size) {
  if (!(size > 0)) return new FastBuffer();
  if (size < Buffer.poolSize >>> 1) {
    if (size > pool.byteLength - poolUsed) freshPool();
    const buf = new FastBuffer(pool, poolUsed, size);
    poolUsed = alignUp(poolUsed + size);
    return buf;
  }
  return new FastBuffer(size);
}

// stringBuffer encodes a string into a new buffer. Node sizes the pool slice
// before encoding from the string's length, assuming four bytes a character,
// and only counts the exact bytes when that guess reaches half the pool: so a
// 100-character string needs 400 bytes left in the pool or starts a new one.
function stringBuffer(str, enc) {
  if (str.length === 0) return new FastBuffer();
  const half = Buffer.poolSize >>> 1;
  if (str.length >= half) return ownStringBuffer(str, enc, enc.size(str));
  let need = str.length * 4;
  if (need >= half) {
    need = enc.size(str);
    if (need >= half) return ownStringBuffer(str, enc, need);
  }
  if (need > pool.byteLength - poolUsed) freshPool();
  const written = poolView[enc.write](str, poolUsed, pool.byteLength - poolUsed);
  const buf = new FastBuffer(pool, poolUsed, written);
  poolUsed = alignUp(poolUsed + written);
  return buf;
}

// ownStringBuffer encodes a long string outside the pool. When the string
// decodes to fewer bytes than counted (bad hex, base64 padding) the buffer is
// a shorter view of the memory allocated.
function ownStringBuffer(str, enc, size) {
  const buf = new FastBuffer(size);
  const written = buf[enc.write](str, 0, size);
  return written === size ? buf : new FastBuffer(buf.buffer, 0, written);
}

// ---- FastBuffer and Buffer ----

// Every Buffer is a FastBuffer: a Uint8Array whose prototype is
// Buffer.prototype. Buffer itself is a plain function (callable without new,
// deprecated), so typed array methods that make new arrays find FastBuffer
// through Buffer[Symbol.species].
class FastBuffer extends Uint8Array {
  constructor(bufferOrLength, byteOffset, length) {
    super(bufferOrLength, byteOffset, length);
  }
}

let warnedBufferCall = false;

function Buffer(arg, encodingOrOffset, length) {
  if (!warnedBufferCall) {
    warnedBufferCall = true;
    process.emitWarning(
      'Buffer() is deprecated due to security and usability issues. Please use the Buffer.alloc(), ' +
        'Buffer.allocUnsafe(), or Buffer.from() methods instead.',
      'DeprecationWarning',
      'DEP0005',
    );
  }
  if (typeof arg === 'number') {
    if (typeof encodingOrOffset === 'string') throw typeError('string', 'of type string', arg);
    return Buffer.alloc(arg);
  }
  return Buffer.from(arg, encodingOrOffset, length);
}

FastBuffer.prototype.constructor = Buffer;
Buffer.prototype = FastBuffer.prototype;
Object.setPrototypeOf(Buffer, Uint8Array);

Buffer.poolSize = 8 * 1024;

// ---- Buffer.from ----

function fromArrayBuffer(arrayBuffer, byteOffset, length) {
  let start = 0;
  if (byteOffset !== undefined) {
    start = +byteOffset;
    if (Number.isNaN(start)) start = 0;
  }
  const room = arrayBuffer.byteLength - start;
  if (room < 0) throw outsideBuffer('offset');
  let count = room;
  if (length !== undefined) {
    count = +length;
    if (count > 0) {
      if (count > room) throw outsideBuffer('length');
    } else {
      count = 0;
    }
  }
  return new FastBuffer(arrayBuffer, start, count);
}

// fromArrayLike copies the elements of an array, a typed array (by value, so
// a Uint16Array's 256 becomes 0) or any object with a numeric length.
function fromArrayLike(items) {
  const count = items.length;
  if (count <= 0) return new FastBuffer();
  const buf = allocate(count);
  buf.set(items);
  return buf;
}

// fromObject covers array-likes (a DataView, having a buffer but no length,
// gives an empty Buffer) and the { type: 'Buffer', data } form of toJSON.
function fromObject(obj) {
  if (obj.length !== undefined || isAnyArrayBuffer(obj.buffer)) {
    if (typeof obj.length !== 'number') return new FastBuffer();
    return fromArrayLike(obj);
  }
  if (obj.type === 'Buffer' && Array.isArray(obj.data)) return fromArrayLike(obj.data);
  return undefined;
}

function from(value, encodingOrOffset, length) {
  if (typeof value === 'string') return fromString(value, encodingOrOffset);
  if (typeof value === 'object' && value !== null) {
    if (isAnyArrayBuffer(value)) return fromArrayBuffer(value, encodingOrOffset, length);
    // new String('x') and other wrappers stand for what valueOf gives.
    const inner = value.valueOf && value.valueOf();
    if (inner != null && inner !== value && (typeof inner === 'string' || typeof inner === 'object')) {
      return from(inner, encodingOrOffset, length);
    }
    const made = fromObject(value);
    if (made !== undefined) return made;
    if (typeof value[Symbol.toPrimitive] === 'function') {
      const primitive = value[Symbol.toPrimitive]('string');
      if (typeof primitive === 'string') return fromString(primitive, encodingOrOffset);
    }
  }
  throw typeError(null, 'of type string or an instance of Buffer, ArrayBuffer, or Array or an Array-like Object', value);
}

// A string's encoding defaults to utf8 when it is not a non-empty string.
function fromString(str, encoding) {
  const enc = typeof encoding !== 'string' || encoding.length === 0 ? utf8 : codecOrThrow(encoding);
  return stringBuffer(str, enc);
}

function copyBytesFrom(view, offset, length) {
  if (!isTypedArray(view)) throw typeError('view', 'an instance of TypedArray', view);
  const count = view.length;
  let first = 0;
  if (offset !== undefined) {
    first = checkInteger('offset', offset, 0, Number.MAX_SAFE_INTEGER);
    if (first >= count) return new FastBuffer();
  }
  let end = count;
  if (length !== undefined) {
    end = first + checkInteger('length', length, 0, Number.MAX_SAFE_INTEGER);
    if (end > count) end = count;
  }
  const width = view.BYTES_PER_ELEMENT;
  return fromArrayLike(new Uint8Array(view.buffer, view.byteOffset + first * width, (end - first) * width));
}

// Node's Buffer.of is a method without a prototype property, as a method
// shorthand makes it.
const { of } = {
  of(...items) {
    const buf = new FastBuffer(items.length);
    buf.set(items);
    return buf;
  },
};

// ---- allocation ----

function alloc(size, fill, encoding) {
  checkSize(size);
  const buf = new FastBuffer(size);
  if (fill !== undefined && fill !== 0 && size > 0) fillBuffer(buf, fill, 0, buf.length, encoding);
  return buf;
}

function allocUnsafe(size) {
  checkSize(size);
  return allocate(size);
}

function allocUnsafeSlow(size) {
  checkSize(size);
  return new FastBuffer(size);
}

function SlowBuffer(size) {
  checkSize(size);
  return new FastBuffer(size);
}
Object.setPrototypeOf(SlowBuffer.prototype, Uint8Array.prototype);
Object.setPrototypeOf(SlowBuffer, Uint8Array);

// ---- other statics ----

function isBuffer(b) {
  return b instanceof Buffer;
}

function compare(buf1, buf2) {
  checkUint8Array('buf1', buf1);
  checkUint8Array('buf2', buf2);
  if (buf1 === buf2) return 0;
  return native.compare(buf1, buf2);
}

function isEncoding(encoding) {
  return typeof encoding === 'string' && encoding.length !== 0 && findCodec(encoding) !== undefined;
}

// concat adds the lengths up before checking the items (as Node does: a hole
// in the list is a plain TypeError), then copies, checking each item.
function concat(list, length) {
  if (!Array.isArray(list)) throw typeError('list', 'an instance of Array', list);
  if (list.length === 0) return new FastBuffer();
  let total = 0;
  if (length === undefined) {
    for (let i = 0; i < list.length; i++) total += list[i].length;
  } else {
    total = checkInteger('length', length, 0, kMaxLength);
  }
  const out = allocate(total);
  let at = 0;
  for (let i = 0; i < list.length; i++) {
    const item = list[i];
    if (!isUint8Array(item)) throw typeError(`list[${i}]`, 'an instance of Buffer or Uint8Array', item);
    const n = Math.min(item.length, total - at);
    if (n > 0) {
      native.copy(item, out, at, 0, n);
      at += n;
    }
  }
  if (at < total) out.fill(0, at, total);
  return out;
}

// byteLength counts an unknown encoding as utf8.
function byteLength(string, encoding) {
  if (typeof string !== 'string') {
    if (ArrayBuffer.isView(string) || isAnyArrayBuffer(string)) return string.byteLength;
    throw typeError('string', 'of type string or an instance of Buffer or ArrayBuffer', string);
  }
  if (string.length === 0) return 0;
  const enc = encoding ? findCodec(`${encoding}`) : undefined;
  return (enc || utf8).size(string);
}

Object.assign(Buffer, {
  from,
  copyBytesFrom,
  of,
  alloc,
  allocUnsafe,
  allocUnsafeSlow,
  isBuffer,
  compare,
  isEncoding,
  concat,
  byteLength,
});
Object.defineProperty(Buffer, Symbol.species, {
  get() {
    return FastBuffer;
  },
  enumerable: false,
  configurable: true,
});
Buffer[Symbol('kIsEncodingSymbol')] = isEncoding;

// ---- reading and writing numbers ----

// checkOffset validates where a read or write of width bytes starts. Node
// reports, in this order: not a number; not an integer (Infinity passes this
// one and fails the range); a buffer shorter than one value; the range.
function checkOffset(buf, offset, width) {
  if (typeof offset !== 'number') throw typeError('offset', 'of type number', offset);
  const last = buf.length - width;
  if (offset >= 0 && offset <= last && Math.floor(offset) === offset) return;
  if (Math.floor(offset) !== offset) throw rangeError('offset', 'an integer', offset);
  if (last < 0) throw outsideBuffer();
  throw rangeError('offset', `>= 0 and <= ${last}`, offset);
}

// checkWidth validates the byteLength of readUIntLE and friends (1 to 6).
function checkWidth(width) {
  if (typeof width !== 'number') throw typeError('byteLength', 'of type number', width);
  if (width >= 1 && width <= 6 && Math.floor(width) === width) return;
  if (Math.floor(width) !== width) throw rangeError('byteLength', 'an integer', width);
  throw rangeError('byteLength', '>= 1 and <= 6', width);
}

function readUnsigned(buf, offset, width, littleEndian) {
  let value = 0;
  for (let i = 0; i < width; i++) value = value * 256 + buf[littleEndian ? offset + width - 1 - i : offset + i];
  return value;
}

function readSigned(buf, offset, width, littleEndian) {
  const value = readUnsigned(buf, offset, width, littleEndian);
  const half = 2 ** (8 * width - 1);
  return value >= half ? value - 2 * half : value;
}

function writeBytes(buf, value, offset, width, littleEndian) {
  // value is a whole number in [0, 2 ** (8 * width)): arithmetic, not bit
  // operators, which stop at 32 bits.
  for (let i = 0; i < width; i++) {
    const byte = value % 256;
    buf[littleEndian ? offset + i : offset + width - 1 - i] = byte;
    value = (value - byte) / 256;
  }
}

// intBounds is the range a width of bytes holds, and how Node words it: plain
// numbers up to four bytes, powers of two above.
function intBounds(width, signed) {
  const bits = 8 * width;
  if (signed) {
    const half = 2 ** (bits - 1);
    const words = width > 4 ? `>= -(2 ** ${bits - 1}) and < 2 ** ${bits - 1}` : `>= ${-half} and <= ${half - 1}`;
    return { min: -half, max: half - 1, words };
  }
  const words = width > 4 ? `>= 0 and < 2 ** ${bits}` : `>= 0 and <= ${2 ** bits - 1}`;
  return { min: 0, max: 2 ** bits - 1, words };
}

const boundsByWidth = [[], []];
for (let width = 1; width <= 6; width++) {
  boundsByWidth[0][width] = intBounds(width, false);
  boundsByWidth[1][width] = intBounds(width, true);
}

// writeInteger checks and stores an integer of 1 to 6 bytes. Node checks a
// one-byte write's offset type before its value, and the value first for
// wider ones.
function writeInteger(buf, value, offset, width, signed, littleEndian) {
  value = +value;
  if (width === 1 && typeof offset !== 'number') throw typeError('offset', 'of type number', offset);
  const bounds = boundsByWidth[signed ? 1 : 0][width];
  if (value > bounds.max || value < bounds.min) throw rangeError('value', bounds.words, value);
  checkOffset(buf, offset, width);
  let whole = Math.trunc(value) || 0;
  if (whole < 0) whole += 2 ** (8 * width);
  writeBytes(buf, whole, offset, width, littleEndian);
  return offset + width;
}

function namedAs(name, fn) {
  Object.defineProperty(fn, 'name', { value: name });
  return fn;
}

function fixedReader(name, width, signed, littleEndian) {
  const read = signed ? readSigned : readUnsigned;
  return namedAs(name, function (offset = 0) {
    checkOffset(this, offset, width);
    return read(this, offset, width, littleEndian);
  });
}

function fixedWriter(name, width, signed, littleEndian) {
  return namedAs(name, function (value, offset = 0) {
    return writeInteger(this, value, offset, width, signed, littleEndian);
  });
}

function variableReader(name, signed, littleEndian) {
  const read = signed ? readSigned : readUnsigned;
  return namedAs(name, function (offset, byteLength) {
    if (offset === undefined) throw typeError('offset', 'of type number', offset);
    checkWidth(byteLength);
    checkOffset(this, offset, byteLength);
    return read(this, offset, byteLength, littleEndian);
  });
}

function variableWriter(name, signed, littleEndian) {
  return namedAs(name, function (value, offset, byteLength) {
    checkWidth(byteLength);
    return writeInteger(this, value, offset, byteLength, signed, littleEndian);
  });
}

// 64-bit integers as BigInts.
function bigReader(name, signed, littleEndian) {
  return namedAs(name, function (offset = 0) {
    checkOffset(this, offset, 8);
    const low = readUnsigned(this, littleEndian ? offset : offset + 4, 4, littleEndian);
    const high = readUnsigned(this, littleEndian ? offset + 4 : offset, 4, littleEndian);
    const value = (BigInt(high) << 32n) + BigInt(low);
    return signed ? BigInt.asIntN(64, value) : value;
  });
}

const bigSigned = { min: -(2n ** 63n), max: 2n ** 63n, words: '>= -(2n ** 63n) and < 2n ** 63n' };
const bigUnsigned = { min: 0n, max: 2n ** 64n, words: '>= 0n and < 2n ** 64n' };

function bigWriter(name, signed, littleEndian) {
  const bounds = signed ? bigSigned : bigUnsigned;
  return namedAs(name, function (value, offset = 0) {
    if (value < bounds.min || value >= bounds.max) throw rangeError('value', bounds.words, value);
    checkOffset(this, offset, 8);
    // BigInt arithmetic: a plain number here is a TypeError, as in Node.
    const low = Number(value & 0xffffffffn);
    const high = Number((value >> 32n) & 0xffffffffn);
    writeBytes(this, low, littleEndian ? offset : offset + 4, 4, littleEndian);
    writeBytes(this, high, littleEndian ? offset + 4 : offset, 4, littleEndian);
    return offset + 8;
  });
}

// Floats go through an 8-byte scratch DataView, which takes the byte order
// as an argument. Node names these functions after the host's order (little
// endian: "Forwards" is LE).
const scratch = new DataView(new ArrayBuffer(8));
const quietNaN = { 4: [0x7f, 0xc0, 0, 0], 8: [0x7f, 0xf8, 0, 0, 0, 0, 0, 0] }; // big-endian

function floatReader(name, width, littleEndian) {
  return namedAs(name, function (offset = 0) {
    checkOffset(this, offset, width);
    for (let i = 0; i < width; i++) scratch.setUint8(i, this[offset + i]);
    return width === 4 ? scratch.getFloat32(0, littleEndian) : scratch.getFloat64(0, littleEndian);
  });
}

function floatWriter(name, width, littleEndian) {
  return namedAs(name, function (value, offset = 0) {
    value = +value;
    checkOffset(this, offset, width);
    if (value !== value) {
      // V8 stores the plain quiet NaN; goja's NaN carries a payload bit.
      const bytes = quietNaN[width];
      for (let i = 0; i < width; i++) this[offset + i] = bytes[littleEndian ? width - 1 - i : i];
      return offset + width;
    }
    if (width === 4) scratch.setFloat32(0, value, littleEndian);
    else scratch.setFloat64(0, value, littleEndian);
    for (let i = 0; i < width; i++) this[offset + i] = scratch.getUint8(i);
    return offset + width;
  });
}

// ---- the other prototype methods ----

function copy(target, targetStart, sourceStart, sourceEnd) {
  if (!isUint8Array(this)) throw typeError('source', 'an instance of Buffer or Uint8Array', this);
  checkUint8Array('target', target);
  const to = copyIndex(targetStart, 0);
  if (to < 0) throw rangeError('targetStart', '>= 0', to);
  const start = copyIndex(sourceStart, 0);
  if (start < 0 || start > this.length) throw rangeError('sourceStart', `>= 0 && <= ${this.length}`, start);
  let end = copyIndex(sourceEnd, this.length);
  if (end < 0) throw rangeError('sourceEnd', '>= 0', end);
  if (to >= target.length || start >= end) return 0;
  if (end > this.length) end = this.length;
  const n = Math.min(end - start, target.length - to);
  native.copy(this, target, to, start, n);
  return n;
}

// copyIndex is how copy() reads its positions: numbers round down, and what
// is not a finite number counts as 0.
function copyIndex(value, fallback) {
  if (value === undefined) return fallback;
  const n = +value;
  return Number.isFinite(n) ? Math.floor(n) : 0;
}

function toString(encoding, start, end) {
  if (arguments.length === 0) return this.utf8Slice(0, this.length);
  const length = this.length;
  let first = start === undefined ? 0 : +start;
  if (!(first > 0)) first = 0;
  else if (first >= length) return '';
  else first = Math.trunc(first);
  let last = end === undefined ? length : Math.trunc(+end);
  if (last > length) last = length;
  if (!(last > first)) return '';
  const enc = encoding === undefined ? utf8 : codecOrThrow(encoding);
  return this[enc.slice](first, last);
}

// The typed array byteLength getter: it throws for a `this` that is not one.
const viewByteLength = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(Uint8Array.prototype), 'byteLength').get;

function equals(otherBuffer) {
  checkUint8Array('otherBuffer', otherBuffer);
  if (this === otherBuffer) return true;
  const length = viewByteLength.call(this);
  if (length !== otherBuffer.byteLength) return false;
  return length === 0 || native.compare(this, otherBuffer) === 0;
}

// inspect prints <Buffer 68 69> (INSPECT_MAX_BYTES bytes at most), then the
// buffer's own non-index properties, inspected on one line.
let inspectMaxBytes = 50;

function inspect(recurseTimes, ctx) {
  const shown = Math.min(inspectMaxBytes, this.length);
  const pairs = this.hexSlice(0, shown).match(/../g);
  let body = pairs === null ? '' : pairs.join(' ');
  const more = this.length - inspectMaxBytes;
  if (more > 0) body += ` ... ${more} more byte${more > 1 ? 's' : ''}`;
  if (ctx) {
    const extra = extraProperties(this, ctx);
    if (extra !== '') body += (body === '' ? '' : ', ') + extra;
  }
  return `<${this.constructor.name} ${body}>`;
}

const indexKey = /^(?:0|[1-9][0-9]*)$/;

function extraProperties(buf, ctx) {
  if (!native.mayHaveProperties(buf)) return '';
  const keys = ctx.showHidden
    ? Reflect.ownKeys(buf)
    : [...Object.keys(buf), ...Object.getOwnPropertySymbols(buf).filter((s) => Object.prototype.propertyIsEnumerable.call(buf, s))];
  const own = {};
  let any = false;
  for (const key of keys) {
    if (typeof key === 'string' && indexKey.test(key)) continue;
    Object.defineProperty(own, key, { value: buf[key], enumerable: true, writable: true, configurable: true });
    any = true;
  }
  if (!any) return '';
  // "{ a: 1, b: 2 }" without its braces.
  return internal.inspect(own, { ...ctx, breakLength: Infinity, compact: true }).slice(2, -2);
}

function compareMethod(target, targetStart, targetEnd, sourceStart, sourceEnd) {
  checkUint8Array('target', target);
  if (targetStart === undefined && targetEnd === undefined && sourceStart === undefined && sourceEnd === undefined) {
    return native.compare(this, target); // all of both, byte by byte, whatever `this` is a view of
  }
  const tStart = targetStart === undefined ? 0 : checkInteger('targetStart', targetStart, 0, kMaxLength);
  const tEnd = targetEnd === undefined ? target.length : checkInteger('targetEnd', targetEnd, 0, target.length);
  const sStart = sourceStart === undefined ? 0 : checkInteger('sourceStart', sourceStart, 0, kMaxLength);
  const sEnd = sourceEnd === undefined ? this.length : checkInteger('sourceEnd', sourceEnd, 0, this.length);
  if (sStart >= sEnd) return tStart >= tEnd ? 0 : -1;
  if (tStart >= tEnd) return 1;
  return native.compareOffset(this, target, tStart, sStart, tEnd, sEnd);
}

// search is indexOf (forward) and lastIndexOf. A string byteOffset is the
// encoding; a byteOffset that is not a number searches the whole buffer.
function search(buf, value, byteOffset, encoding, forward) {
  if (!ArrayBuffer.isView(buf)) throw typeError('buffer', 'an instance of Buffer, TypedArray, or DataView', buf);
  if (typeof byteOffset === 'string') {
    encoding = byteOffset;
    byteOffset = undefined;
  }
  const size = buf.byteLength;
  let offset = +byteOffset;
  if (Number.isNaN(offset)) {
    offset = forward ? 0 : size;
  } else {
    // Past either end every offset gives the same answer; keep it small for Go.
    offset = Math.trunc(offset);
    if (offset > size) offset = size;
    else if (offset < -size) offset = -size - 1;
  }
  if (typeof value === 'number') return native.indexOfNumber(buf, value & 0xff, offset, forward);
  if (typeof value === 'string') {
    const enc = encoding === undefined ? utf8 : codecOrThrow(encoding);
    if (enc.searchAsString) return native.indexOfString(buf, value, offset, enc.id, forward);
    return native.indexOfBuffer(buf, stringBuffer(value, enc), offset, enc.id, forward);
  }
  if (isUint8Array(value)) {
    // Only ucs2 changes a byte search (matches at even positions).
    const enc = encoding === undefined ? undefined : findCodec(`${encoding}`);
    return native.indexOfBuffer(buf, value, offset, enc === undefined ? utf8.id : enc.id, forward);
  }
  throw typeError('value', 'one of type number or string or an instance of Buffer or Uint8Array', value);
}

function indexOf(value, byteOffset, encoding) {
  return search(this, value, byteOffset, encoding, true);
}

function lastIndexOf(value, byteOffset, encoding) {
  return search(this, value, byteOffset, encoding, false);
}

function includes(value, byteOffset, encoding) {
  return search(this, value, byteOffset, encoding, true) !== -1;
}

// fillBuffer is buf.fill and the fill of Buffer.alloc. With a string value a
// string offset or end is the encoding; other values are bytes (a typed array
// or DataView repeats its bytes) or a number taken modulo 256. Without an
// offset Node fills the whole buffer, a string in utf8, and looks no further:
// fill('aGk=', undefined, undefined, 'base64') writes the four characters.
function fillBuffer(buf, value, offset, end, encoding) {
  let enc;
  if (offset === undefined) {
    end = undefined;
    encoding = undefined;
  }
  if (typeof value === 'string') {
    if (typeof offset === 'string') {
      encoding = offset;
      offset = undefined;
      end = undefined;
    } else if (typeof end === 'string') {
      encoding = end;
      end = undefined;
    }
    if (encoding != null && typeof encoding !== 'string') throw typeError('encoding', 'of type string', encoding);
    enc = encoding ? codecOrThrow(encoding) : utf8;
    if (value.length === 0) value = 0;
  }
  const start = offset === undefined ? 0 : checkInteger('offset', offset, 0, kMaxLength);
  const stop = end === undefined ? buf.length : checkInteger('end', end, 0, buf.length);
  if (start >= stop) return buf;
  if (typeof value === 'string' || ArrayBuffer.isView(value)) {
    if (native.fill(buf, value, start, stop, enc === undefined ? utf8.id : enc.id) === -1) throw invalidValue('value', value);
    return buf;
  }
  Uint8Array.prototype.fill.call(buf, +value & 0xff, start, stop);
  return buf;
}

function fill(value, offset, end, encoding) {
  return fillBuffer(this, value, offset, end, encoding);
}

// write(string[, offset[, length]][, encoding]): a string in the place of
// the last number given is the encoding; a falsy encoding is utf8. Without an
// offset Node writes utf8 and looks at nothing else: write('ab', undefined,
// 'hex') is 2.
function write(string, offset, length, encoding) {
  const size = this.length;
  if (offset === undefined) return this.utf8Write(string, 0, size);
  let at = 0;
  let count = size;
  if (typeof offset === 'string' && length === undefined) {
    encoding = offset;
  } else {
    at = checkInteger('offset', offset, 0, size);
    count = size - at;
    if (typeof length === 'string') {
      encoding = length;
    } else if (length !== undefined) {
      count = Math.min(checkInteger('length', length, 0, size), size - at);
    }
  }
  const enc = encoding ? codecOrThrow(encoding) : utf8;
  return this[enc.write](string, at, count);
}

function toJSON() {
  const data = [];
  if (this.length > 0) {
    if (isUint8Array(this)) return { type: 'Buffer', data: native.toJSONData(this) };
    for (let i = 0; i < this.length; i++) data.push(this[i]);
  }
  return { type: 'Buffer', data };
}

// subarray makes a Buffer over the same memory whatever `this` is; slice is
// the deprecated name, going through this.subarray.
function subarray(start, end) {
  const length = this.length;
  const first = relativeIndex(start, length, 0);
  const last = relativeIndex(end, length, length);
  return new FastBuffer(this.buffer, this.byteOffset + first, Math.max(last - first, 0));
}

function relativeIndex(value, length, fallback) {
  if (value === undefined) return fallback;
  let n = Math.trunc(+value) || 0;
  if (n < 0) {
    n += length;
    return n < 0 ? 0 : n;
  }
  return n > length ? length : n;
}

function slice(start, end) {
  return this.subarray(start, end);
}

// swapper reverses each group of width bytes in place; long Uint8Arrays go
// to Go.
function swapper(name, width, goSwap) {
  return namedAs(name, function () {
    const length = this.length;
    if (length % width !== 0) {
      throw nodeError('RangeError', 'ERR_INVALID_BUFFER_SIZE', `Buffer size must be a multiple of ${width * 8}-bits`);
    }
    if (length >= 128 && isUint8Array(this)) {
      goSwap(this);
      return this;
    }
    for (let i = 0; i < length; i += width) {
      for (let a = i, b = i + width - 1; a < b; a++, b--) {
        const t = this[a];
        this[a] = this[b];
        this[b] = t;
      }
    }
    return this;
  });
}

// ---- Buffer.prototype, in Node's order ----

const proto = FastBuffer.prototype;

function addMethods(pairs) {
  for (const [key, fn] of pairs) proto[key] = fn;
}

// Each integer method also answers to its "Uint" spelling (readUint8 is
// readUInt8, the same function).
function withUintAliases(pairs) {
  const aliased = pairs.map(([key, fn]) => [key.replace('UInt', 'Uint'), fn]);
  return [...pairs, ...aliased];
}

const bigMethods = [
  ['readBigUInt64LE', bigReader('readBigUInt64LE', false, true)],
  ['readBigUInt64BE', bigReader('readBigUInt64BE', false, false)],
  ['readBigInt64LE', bigReader('readBigInt64LE', true, true)],
  ['readBigInt64BE', bigReader('readBigInt64BE', true, false)],
  ['writeBigUInt64LE', bigWriter('writeBigUInt64LE', false, true)],
  ['writeBigUInt64BE', bigWriter('writeBigUInt64BE', false, false)],
  ['writeBigInt64LE', bigWriter('writeBigInt64LE', true, true)],
  ['writeBigInt64BE', bigWriter('writeBigInt64BE', true, false)],
];
// The BigInt methods interleave their aliases: readBigUInt64LE, readBigUInt64BE,
// readBigUint64LE, readBigUint64BE, readBigInt64LE...
addMethods([
  bigMethods[0], bigMethods[1],
  ['readBigUint64LE', bigMethods[0][1]], ['readBigUint64BE', bigMethods[1][1]],
  bigMethods[2], bigMethods[3],
  bigMethods[4], bigMethods[5],
  ['writeBigUint64LE', bigMethods[4][1]], ['writeBigUint64BE', bigMethods[5][1]],
  bigMethods[6], bigMethods[7],
]);

addMethods(withUintAliases([
  ['readUIntLE', variableReader('readUIntLE', false, true)],
  ['readUInt32LE', fixedReader('readUInt32LE', 4, false, true)],
  ['readUInt16LE', fixedReader('readUInt16LE', 2, false, true)],
  ['readUInt8', fixedReader('readUInt8', 1, false, true)],
  ['readUIntBE', variableReader('readUIntBE', false, false)],
  ['readUInt32BE', fixedReader('readUInt32BE', 4, false, false)],
  ['readUInt16BE', fixedReader('readUInt16BE', 2, false, false)],
]));
addMethods([
  ['readIntLE', variableReader('readIntLE', true, true)],
  ['readInt32LE', fixedReader('readInt32LE', 4, true, true)],
  ['readInt16LE', fixedReader('readInt16LE', 2, true, true)],
  ['readInt8', fixedReader('readInt8', 1, true, true)],
  ['readIntBE', variableReader('readIntBE', true, false)],
  ['readInt32BE', fixedReader('readInt32BE', 4, true, false)],
  ['readInt16BE', fixedReader('readInt16BE', 2, true, false)],
]);
addMethods(withUintAliases([
  ['writeUIntLE', variableWriter('writeUIntLE', false, true)],
  ['writeUInt32LE', fixedWriter('writeUInt32LE', 4, false, true)],
  ['writeUInt16LE', fixedWriter('writeUInt16LE', 2, false, true)],
  ['writeUInt8', fixedWriter('writeUInt8', 1, false, true)],
  ['writeUIntBE', variableWriter('writeUIntBE', false, false)],
  ['writeUInt32BE', fixedWriter('writeUInt32BE', 4, false, false)],
  ['writeUInt16BE', fixedWriter('writeUInt16BE', 2, false, false)],
]));
addMethods([
  ['writeIntLE', variableWriter('writeIntLE', true, true)],
  ['writeInt32LE', fixedWriter('writeInt32LE', 4, true, true)],
  ['writeInt16LE', fixedWriter('writeInt16LE', 2, true, true)],
  ['writeInt8', fixedWriter('writeInt8', 1, true, true)],
  ['writeIntBE', variableWriter('writeIntBE', true, false)],
  ['writeInt32BE', fixedWriter('writeInt32BE', 4, true, false)],
  ['writeInt16BE', fixedWriter('writeInt16BE', 2, true, false)],
]);
addMethods([
  ['readFloatLE', floatReader('readFloatForwards', 4, true)],
  ['readFloatBE', floatReader('readFloatBackwards', 4, false)],
  ['readDoubleLE', floatReader('readDoubleForwards', 8, true)],
  ['readDoubleBE', floatReader('readDoubleBackwards', 8, false)],
  ['writeFloatLE', floatWriter('writeFloatForwards', 4, true)],
  ['writeFloatBE', floatWriter('writeFloatBackwards', 4, false)],
  ['writeDoubleLE', floatWriter('writeDoubleForwards', 8, true)],
  ['writeDoubleBE', floatWriter('writeDoubleBackwards', 8, false)],
]);

// The Go encoders and decoders, as Node exposes them (buf.hexSlice(0, 2)).
for (const kind of ['Slice', 'Write']) {
  for (const name of ['ascii', 'base64', 'base64url', 'latin1', 'hex', 'ucs2', 'utf8']) proto[name + kind] = native[name + kind];
}

Object.defineProperty(proto, 'parent', {
  enumerable: true,
  get() {
    return this instanceof Buffer ? this.buffer : undefined;
  },
});
Object.defineProperty(proto, 'offset', {
  enumerable: true,
  get() {
    return this instanceof Buffer ? this.byteOffset : undefined;
  },
});

addMethods([
  ['copy', copy],
  ['toString', toString],
  ['equals', equals],
  ['inspect', inspect],
  ['compare', namedAs('compare', compareMethod)],
  ['indexOf', indexOf],
  ['lastIndexOf', lastIndexOf],
  ['includes', includes],
  ['fill', fill],
  ['write', write],
  ['toJSON', toJSON],
  ['subarray', subarray],
  ['slice', slice],
  ['swap16', swapper('swap16', 2, native.swap16)],
  ['swap32', swapper('swap32', 4, native.swap32)],
  ['swap64', swapper('swap64', 8, native.swap64)],
  ['toLocaleString', toString],
]);
proto[customInspect] = inspect;

// ---- the module ----

freshPool();
// By the time a program runs, node's own startup has used the first slice of
// the first pool (8 bytes, beginning with a '/'), so a program's first small
// buffer sits at byteOffset 8 and printing its .buffer shows that byte.
poolView[0] = 0x2f;
poolUsed = 8;

native.setup(FastBuffer, proto, allocate);

// transcode takes the encodings Node's ICU build converts; other names reach
// Go as they are and fail there with ICU's error.
const icuErrno = { U_ILLEGAL_ARGUMENT_ERROR: 1, U_INVALID_CHAR_FOUND: 10 };

function transcodeName(encoding) {
  if (encoding == null || encoding === '') return 'utf8';
  if (typeof encoding !== 'string') return '';
  const enc = findCodec(encoding);
  if (enc === undefined) return encoding;
  return enc === ucs2 ? 'utf16le' : enc.name;
}

function transcode(source, fromEncoding, toEncoding) {
  checkUint8Array('source', source);
  if (source.length === 0) return new FastBuffer();
  const result = native.transcode(source, transcodeName(fromEncoding), transcodeName(toEncoding));
  if (typeof result !== 'string') return result;
  const err = nodeError('Error', '', `Unable to transcode Buffer [${result}]`);
  err.code = result;
  err.errno = icuErrno[result];
  throw err;
}

function checkBytesInput(input) {
  if (!isTypedArray(input) && !isAnyArrayBuffer(input)) {
    throw typeError('input', 'an instance of ArrayBuffer, Buffer, or TypedArray', input);
  }
}

function isUtf8(input) {
  checkBytesInput(input);
  return native.isUtf8(input);
}

function isAscii(input) {
  checkBytesInput(input);
  return native.isAscii(input);
}

// Node's constants are read-only but the object stays extensible.
const constants = Object.defineProperties({}, {
  MAX_LENGTH: { value: kMaxLength, enumerable: true },
  MAX_STRING_LENGTH: { value: kStringMaxLength, enumerable: true },
});

const exported = {
  Buffer,
  SlowBuffer,
  transcode,
  isUtf8,
  isAscii,
  kMaxLength,
  kStringMaxLength,
  btoa: native.btoa,
  atob: native.atob,
};
Object.defineProperty(exported, 'constants', { value: constants, enumerable: true, writable: false, configurable: false });
Object.defineProperty(exported, 'INSPECT_MAX_BYTES', {
  enumerable: true,
  configurable: true,
  get() {
    return inspectMaxBytes;
  },
  set(value) {
    if (typeof value !== 'number') throw typeError('INSPECT_MAX_BYTES', 'of type number', value);
    if (!(value >= 0)) throw rangeError('INSPECT_MAX_BYTES', '>= 0', value);
    inspectMaxBytes = value;
  },
});
// Blob, File and object URLs are not modeled: reading them says so; a program
// may still put its own value there.
for (const name of ['Blob', 'resolveObjectURL', 'File']) {
  Object.defineProperty(exported, name, {
    enumerable: true,
    configurable: true,
    get: namedAs(`get ${name}`, () => {
      throw nodeError('Error', 'ERR_LOOPVIZ_UNSUPPORTED', `loopviz does not model buffer.${name} yet: it covers Buffer, transcode, isUtf8, isAscii, atob and btoa`);
    }),
    set: namedAs(`set ${name}`, (value) => {
      Object.defineProperty(exported, name, { value, enumerable: true, writable: true, configurable: true });
    }),
  });
}

module.exports = exported;
