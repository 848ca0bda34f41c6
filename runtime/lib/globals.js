'use strict';
// Globals written in JavaScript: structuredClone.

function cloneError(message) {
  const err = new Error(message);
  err.name = 'DataCloneError';
  err.code = 25;
  return err;
}

function structuredClone(value, options) {
  if (arguments.length === 0) {
    const err = new TypeError("Failed to execute 'structuredClone' on 'Window': 1 argument required, but only 0 present.");
    throw err;
  }
  const seen = new Map();
  function clone(v) {
    if (v === null || (typeof v !== 'object' && typeof v !== 'function')) {
      if (typeof v === 'symbol') throw cloneError(String(v) + ' could not be cloned.');
      return v;
    }
    if (typeof v === 'function') throw cloneError(String(v) + ' could not be cloned.');
    if (seen.has(v)) return seen.get(v);
    const tag = Object.prototype.toString.call(v);
    let out;
    switch (tag) {
      case '[object Array]':
        out = new Array(v.length);
        seen.set(v, out);
        for (const k of Object.keys(v)) out[k] = clone(v[k]);
        return out;
      case '[object Date]':
        out = new Date(v.getTime());
        seen.set(v, out);
        return out;
      case '[object RegExp]':
        out = new RegExp(v.source, v.flags);
        seen.set(v, out);
        return out;
      case '[object Map]':
        out = new Map();
        seen.set(v, out);
        for (const [k, val] of v) out.set(clone(k), clone(val));
        return out;
      case '[object Set]':
        out = new Set();
        seen.set(v, out);
        for (const val of v) out.add(clone(val));
        return out;
      case '[object Error]': {
        const ctor = { EvalError, RangeError, ReferenceError, SyntaxError, TypeError, URIError }[v.name] || Error;
        out = new ctor(v.message);
        seen.set(v, out);
        if ('stack' in v) Object.defineProperty(out, 'stack', { value: v.stack, writable: true, configurable: true });
        if ('cause' in v) out.cause = clone(v.cause);
        return out;
      }
      case '[object ArrayBuffer]':
        out = v.slice(0);
        seen.set(v, out);
        return out;
      case '[object Boolean]':
      case '[object Number]':
      case '[object String]':
        out = Object(v.valueOf());
        seen.set(v, out);
        return out;
    }
    if (ArrayBuffer.isView(v)) {
      out = new v.constructor(v);
      seen.set(v, out);
      return out;
    }
    if (tag === '[object Promise]' || tag === '[object WeakMap]' || tag === '[object WeakSet]') {
      throw cloneError('#<' + tag.slice(8, -1) + '> could not be cloned.');
    }
    out = {};
    seen.set(v, out);
    for (const k of Object.keys(v)) out[k] = clone(v[k]);
    return out;
  }
  return clone(value);
}

// ES2024 string methods Node 20 has and goja lacks.
function isLoneSurrogateAt(s, i) {
  const c = s.charCodeAt(i);
  if (c >= 0xD800 && c <= 0xDBFF) {
    const d = s.charCodeAt(i + 1);
    return !(d >= 0xDC00 && d <= 0xDFFF);
  }
  if (c >= 0xDC00 && c <= 0xDFFF) {
    const b = s.charCodeAt(i - 1);
    return !(b >= 0xD800 && b <= 0xDBFF);
  }
  return false;
}
function defineMethod(proto, name, fn) {
  if (!(name in proto)) Object.defineProperty(proto, name, { value: fn, writable: true, configurable: true, enumerable: false });
}
defineMethod(String.prototype, 'isWellFormed', function isWellFormed() {
  const s = String(this);
  for (let i = 0; i < s.length; i++) if (isLoneSurrogateAt(s, i)) return false;
  return true;
});
defineMethod(String.prototype, 'toWellFormed', function toWellFormed() {
  const s = String(this);
  let out = '';
  for (let i = 0; i < s.length; i++) out += isLoneSurrogateAt(s, i) ? '\uFFFD' : s[i];
  return out;
});

module.exports = { structuredClone };
