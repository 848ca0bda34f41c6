'use strict';
// string_decoder: bytes to text across chunk boundaries. A character whose
// bytes straddle two writes is held back until it is whole (utf8, utf16le),
// base64 is emitted in whole 3-byte groups, and end() flushes what is left
// the way node does (an incomplete UTF-8 character becomes U+FFFD).
//
// The state lives where node keeps it, in a 7-byte buffer under
// Symbol(kNativeDecoder): the held bytes (4), how many more are needed, how
// many are held, and the encoding's number; console.log shows it as node does.
const internal = require('loopviz:internal');
const { Buffer } = require('buffer');

const kNativeDecoder = Symbol('kNativeDecoder');
const HELD_BYTES = 0;
const MISSING = 4;
const BUFFERED = 5;
const ENCODING = 6;

// The encodings, with node's numbers for them.
const encodings = {
  ascii: 0, utf8: 1, base64: 2, utf16le: 3, latin1: 4, hex: 5, base64url: 7,
};

function normalizeEncoding(enc) {
  if (enc === undefined || enc === null || enc === '') return 'utf8';
  switch (`${enc}`.toLowerCase()) {
    case 'utf8':
    case 'utf-8':
      return 'utf8';
    case 'ucs2':
    case 'ucs-2':
    case 'utf16le':
    case 'utf-16le':
      return 'utf16le';
    case 'latin1':
    case 'binary':
      return 'latin1';
    case 'base64':
      return 'base64';
    case 'base64url':
      return 'base64url';
    case 'hex':
      return 'hex';
    case 'ascii':
      return 'ascii';
  }
  throw internal.nodeError('TypeError', 'ERR_UNKNOWN_ENCODING', `Unknown encoding: ${enc}`);
}

function bytesOf(buf) {
  if (Buffer.isBuffer(buf)) return buf;
  if (ArrayBuffer.isView(buf)) return Buffer.from(buf.buffer, buf.byteOffset, buf.byteLength);
  throw internal.nodeError('TypeError', 'ERR_INVALID_ARG_TYPE',
    `The "buf" argument must be an instance of Buffer, TypedArray, or DataView. Received ${internal.received(buf)}`);
}

// utf8Length is how many bytes a character starting with byte b has: 0 for
// a byte that cannot start one.
function utf8Length(b) {
  if (b >= 0xc0 && b < 0xe0) return 2;
  if (b >= 0xe0 && b < 0xf0) return 3;
  if (b >= 0xf0 && b < 0xf8) return 4;
  return 0;
}

function isContinuation(b) {
  return (b & 0xc0) === 0x80;
}

// fill moves bytes from the front of bytes into the held character until it
// is whole or bytes run out; it returns how many it took. For UTF-8 a byte
// that cannot continue the character stops it short (-1 - taken).
function fill(state, bytes, checkContinuation) {
  let i = 0;
  while (state[MISSING] > 0 && i < bytes.length) {
    if (checkContinuation && !isContinuation(bytes[i])) return -1 - i;
    state[HELD_BYTES + state[BUFFERED]] = bytes[i];
    state[BUFFERED]++;
    state[MISSING]--;
    i++;
  }
  return i;
}

function hold(state, bytes, from, missing) {
  const n = bytes.length - from;
  for (let k = 0; k < n; k++) state[HELD_BYTES + k] = bytes[from + k];
  state[BUFFERED] = n;
  state[MISSING] = missing;
}

function heldSlice(state) {
  return Buffer.from(state.subarray(HELD_BYTES, HELD_BYTES + state[BUFFERED]));
}

function writeUTF8(state, bytes) {
  let out = '';
  let start = 0;
  if (state[MISSING] > 0) {
    const took = fill(state, bytes, true);
    if (took < 0) {
      // The character was cut short: what was held decodes on its own (a
      // valid beginning is one U+FFFD, invalid bytes one each).
      out = heldSlice(state).toString('utf8');
      start = -1 - took;
      state[MISSING] = 0;
      state[BUFFERED] = 0;
    } else if (state[MISSING] > 0) {
      return '';
    } else {
      out = heldSlice(state).toString('utf8');
      state[BUFFERED] = 0;
      start = took;
    }
  }
  // Hold back a character the chunk ends inside: a lead byte followed by
  // fewer continuation bytes than it announces.
  let end = bytes.length;
  for (let back = 1; back <= 3 && bytes.length - back >= start; back++) {
    const b = bytes[bytes.length - back];
    if (isContinuation(b)) continue;
    const need = utf8Length(b);
    if (need > back) end = bytes.length - back;
    break;
  }
  if (end > start) out += bytes.toString('utf8', start, end);
  if (end < bytes.length) hold(state, bytes, end, utf8Length(bytes[end]) - (bytes.length - end));
  return out;
}

function writeUTF16(state, bytes) {
  let out = '';
  let start = 0;
  if (state[MISSING] > 0) {
    start = fill(state, bytes, false);
    if (state[MISSING] > 0) return '';
    // A code unit completed from a held byte is emitted as it is, even a
    // lone high surrogate (node does the same).
    out = heldSlice(state).toString('utf16le');
    state[BUFFERED] = 0;
  }
  const n = bytes.length - start;
  let end = bytes.length;
  if (n % 2 === 1) {
    end = bytes.length - 1;
    out += bytes.toString('utf16le', start, end);
    hold(state, bytes, end, 1);
    return out;
  }
  if (n >= 2) {
    const last = bytes[end - 2] | (bytes[end - 1] << 8);
    if (last >= 0xd800 && last <= 0xdbff) end -= 2;
  }
  if (end > start) out += bytes.toString('utf16le', start, end);
  if (end < bytes.length) hold(state, bytes, end, 2);
  return out;
}

function writeBase64(state, bytes, enc) {
  let out = '';
  let start = 0;
  if (state[MISSING] > 0) {
    start = fill(state, bytes, false);
    if (state[MISSING] > 0) return '';
    out = heldSlice(state).toString(enc);
    state[BUFFERED] = 0;
  }
  const rest = (bytes.length - start) % 3;
  const end = bytes.length - rest;
  if (end > start) out += bytes.toString(enc, start, end);
  if (rest > 0) hold(state, bytes, end, 3 - rest);
  return out;
}

function decode(self, bytes) {
  const state = self[kNativeDecoder];
  switch (self.encoding) {
    case 'utf8':
      return writeUTF8(state, bytes);
    case 'utf16le':
      return writeUTF16(state, bytes);
    case 'base64':
    case 'base64url':
      return writeBase64(state, bytes, self.encoding);
  }
  return bytes.toString(self.encoding);
}

function flush(self) {
  const state = self[kNativeDecoder];
  let out = '';
  if (state[BUFFERED] > 0 || state[MISSING] > 0) {
    switch (self.encoding) {
      case 'utf8':
        out = heldSlice(state).toString('utf8');
        break;
      case 'utf16le':
        // A held high surrogate comes out alone; a lone odd byte is dropped.
        if (state[BUFFERED] + state[MISSING] === 4) out = heldSlice(state).subarray(0, 2).toString('utf16le');
        break;
      case 'base64':
      case 'base64url':
        out = heldSlice(state).toString(self.encoding);
        break;
    }
  }
  state[MISSING] = 0;
  state[BUFFERED] = 0;
  return out;
}

function checkDecoder(self) {
  if (self === null || typeof self !== 'object' || !(self[kNativeDecoder] instanceof Uint8Array)) {
    throw internal.nodeError('TypeError', 'ERR_INVALID_THIS', 'Value of "this" must be of type StringDecoder');
  }
}

function StringDecoder(encoding) {
  if (!new.target) return new StringDecoder(encoding);
  this.encoding = normalizeEncoding(encoding);
  const state = Buffer.alloc(7);
  state[ENCODING] = encodings[this.encoding];
  this[kNativeDecoder] = state;
}

Object.defineProperties(StringDecoder.prototype, {
  write: {
    value: function write(buf) {
      checkDecoder(this);
      if (typeof buf === 'string') return buf;
      return decode(this, bytesOf(buf));
    },
    writable: true, configurable: true, enumerable: true,
  },
  end: {
    value: function end(buf) {
      checkDecoder(this);
      let out = '';
      if (buf !== undefined) out = this.write(buf);
      return out + flush(this);
    },
    writable: true, configurable: true, enumerable: true,
  },
  text: {
    value: function text(buf, offset) {
      checkDecoder(this);
      this[kNativeDecoder][MISSING] = 0;
      this[kNativeDecoder][BUFFERED] = 0;
      return this.write(bytesOf(buf).subarray(offset));
    },
    writable: true, configurable: true, enumerable: true,
  },
  lastChar: {
    get() {
      checkDecoder(this);
      return this[kNativeDecoder].subarray(HELD_BYTES, HELD_BYTES + 4);
    },
    configurable: true, enumerable: true,
  },
  lastNeed: {
    get() {
      checkDecoder(this);
      return this[kNativeDecoder][MISSING];
    },
    configurable: true, enumerable: true,
  },
  lastTotal: {
    get() {
      checkDecoder(this);
      return this[kNativeDecoder][BUFFERED] + this[kNativeDecoder][MISSING];
    },
    configurable: true, enumerable: true,
  },
});

module.exports = { StringDecoder };
