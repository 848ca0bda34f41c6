'use strict';
// node's querystring module: application/x-www-form-urlencoded parsing and
// serializing with node's own rules (which differ from URLSearchParams': a
// repeated key becomes an array, '~' and "!'()*" stay as they are, and a
// malformed percent sequence is kept as written).
const { Buffer } = require('buffer');

// The bytes escape() leaves alone: A-Z a-z 0-9 - . _ ~ ! ' ( ) *
const unreserved = new Uint8Array(128);
for (const c of "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~!'()*") unreserved[c.charCodeAt(0)] = 1;
const hexDigits = '0123456789ABCDEF';

function uriMalformed() {
  const e = new URIError('URI malformed');
  e.code = 'ERR_INVALID_URI';
  return e;
}

function pctByte(b) {
  return '%' + hexDigits[b >> 4] + hexDigits[b & 15];
}

// escape percent-encodes a string as UTF-8, like encodeURIComponent with
// "!'()*" also left alone. A lone surrogate is an URIError.
function escape(str) {
  if (typeof str !== 'string') {
    if (typeof str === 'object') str = String(str);
    else str += '';
  }
  let out = '';
  let last = 0;
  for (let i = 0; i < str.length; i++) {
    let c = str.charCodeAt(i);
    if (c < 0x80) {
      if (unreserved[c] === 1) continue;
      out += str.slice(last, i) + pctByte(c);
    } else if (c < 0x800) {
      out += str.slice(last, i) + pctByte(0xc0 | (c >> 6)) + pctByte(0x80 | (c & 0x3f));
    } else if (c < 0xd800 || c >= 0xe000) {
      out += str.slice(last, i) + pctByte(0xe0 | (c >> 12)) + pctByte(0x80 | ((c >> 6) & 0x3f)) + pctByte(0x80 | (c & 0x3f));
    } else {
      const next = i + 1 < str.length ? str.charCodeAt(i + 1) : 0;
      if (c >= 0xdc00 || next < 0xdc00 || next > 0xdfff) throw uriMalformed();
      const prefix = str.slice(last, i);
      i++;
      c = 0x10000 + (((c & 0x3ff) << 10) | (next & 0x3ff));
      out += prefix + pctByte(0xf0 | (c >> 18)) + pctByte(0x80 | ((c >> 12) & 0x3f)) +
        pctByte(0x80 | ((c >> 6) & 0x3f)) + pctByte(0x80 | (c & 0x3f));
    }
    last = i + 1;
  }
  if (last === 0) return str;
  return out + str.slice(last);
}

function hexValue(c) {
  if (c >= 48 && c <= 57) return c - 48;
  if (c >= 65 && c <= 70) return c - 55;
  if (c >= 97 && c <= 102) return c - 87;
  return -1;
}

// unescapeBuffer decodes %XX sequences into bytes (and '+' into a space when
// decodeSpaces), keeping malformed sequences as written.
function unescapeBuffer(s, decodeSpaces) {
  s = String(s);
  const out = Buffer.allocUnsafe(s.length);
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 37 /* % */ && i + 2 < s.length) {
      const hi = hexValue(s.charCodeAt(i + 1));
      const lo = hexValue(s.charCodeAt(i + 2));
      if (hi >= 0 && lo >= 0) {
        out[n++] = hi * 16 + lo;
        i += 2;
        continue;
      }
    }
    out[n++] = c === 43 /* + */ && decodeSpaces ? 32 : c & 0xff;
  }
  return out.slice(0, n);
}

// unescape is decodeURIComponent, falling back to a byte-wise decode when
// the string is not well-formed.
function unescape(s, decodeSpaces) {
  try {
    return decodeURIComponent(s);
  } catch {
    return unescapeBuffer(s, decodeSpaces).toString();
  }
}

function stringifyPrimitive(v) {
  switch (typeof v) {
    case 'string':
      return v;
    case 'number':
      return isFinite(v) ? '' + v : '';
    case 'bigint':
      return '' + v;
    case 'boolean':
      return v ? 'true' : 'false';
  }
  return '';
}

function encodeValue(v, encode) {
  return typeof v === 'string' ? encode(v) : encode(stringifyPrimitive(v));
}

function stringify(obj, sep, eq, options) {
  sep = sep || '&';
  eq = eq || '=';
  let encode = escape;
  if (options && typeof options.encodeURIComponent === 'function') encode = options.encodeURIComponent;
  if (obj === null || typeof obj !== 'object') return '';
  const parts = [];
  for (const key of Object.keys(obj)) {
    const v = obj[key];
    const k = encodeValue(key, encode) + eq;
    if (Array.isArray(v)) {
      for (const item of v) parts.push(k + encodeValue(item, encode));
    } else {
      parts.push(k + encodeValue(v, encode));
    }
  }
  return parts.join(sep);
}

// decodeBytes is parse's fallback for what the decoder rejects: %XX
// sequences decoded over the string's UTF-8 bytes, malformed ones kept.
function decodeBytes(s) {
  const bytes = Buffer.from(s, 'utf8');
  const out = Buffer.allocUnsafe(bytes.length);
  let n = 0;
  for (let i = 0; i < bytes.length; i++) {
    if (bytes[i] === 37 && i + 2 < bytes.length) {
      const hi = hexValue(bytes[i + 1]);
      const lo = hexValue(bytes[i + 2]);
      if (hi >= 0 && lo >= 0) {
        out[n++] = hi * 16 + lo;
        i += 2;
        continue;
      }
    }
    out[n++] = bytes[i];
  }
  return out.toString('utf8', 0, n);
}

// decodePart turns '+' into %20 and decodes with the decoder given
// (decodeURIComponent by default), falling back to decodeBytes.
function decodePart(s, decode) {
  if (s.includes('+')) s = s.replace(/\+/g, '%20');
  if (decode === decodeURIComponent && !s.includes('%')) return s;
  try {
    return decode(s);
  } catch {
    return decodeBytes(s);
  }
}

function parse(qs, sep, eq, options) {
  const obj = { __proto__: null };
  if (typeof qs !== 'string' || qs.length === 0) return obj;
  sep = sep ? String(sep) : '&';
  eq = eq ? String(eq) : '=';
  let maxKeys = 1000;
  if (options && typeof options.maxKeys === 'number') maxKeys = options.maxKeys;
  const limit = maxKeys > 0 ? maxKeys : Infinity;
  let decode = decodeURIComponent;
  if (options && typeof options.decodeURIComponent === 'function') decode = options.decodeURIComponent;
  // maxKeys bounds the pieces between separators, empty ones included.
  let pieces = 0;
  let start = 0;
  while (pieces < limit) {
    let end = qs.indexOf(sep, start);
    if (end === -1) end = qs.length;
    const piece = qs.slice(start, end);
    start = end + sep.length;
    pieces++;
    if (piece.length === 0) {
      if (end === qs.length) break;
      continue;
    }
    const at = piece.indexOf(eq);
    const key = decodePart(at === -1 ? piece : piece.slice(0, at), decode);
    const value = at === -1 ? '' : decodePart(piece.slice(at + eq.length), decode);
    if (Object.prototype.hasOwnProperty.call(obj, key)) {
      const cur = obj[key];
      if (Array.isArray(cur)) cur.push(value);
      else obj[key] = [cur, value];
    } else {
      Object.defineProperty(obj, key, { value, writable: true, enumerable: true, configurable: true });
    }
    if (end === qs.length) break;
  }
  return obj;
}

module.exports = {
  unescapeBuffer,
  unescape,
  escape,
  stringify,
  encode: stringify,
  parse,
  decode: parse,
};
