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
      // A Buffer comes back as a plain Uint8Array, as node's serializer makes it.
      const ctor = typeof Buffer === 'function' && v instanceof Buffer ? Uint8Array : v.constructor;
      out = new ctor(v);
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

// Locale-sensitive formatting, as Node's ICU does it for en-US (loopviz has no
// Intl: other locales get the en-US form too, except the separators of de-DE
// style locales, which are common in examples).
const commaLocales = /^(de|es|it|pt|nl|tr|da|id)\b/;
function groupDigits(intPart, sep) {
  let out = '';
  for (let i = 0; i < intPart.length; i++) {
    if (i > 0 && (intPart.length - i) % 3 === 0) out += sep;
    out += intPart[i];
  }
  return out;
}
function numberToLocale(n, locale, options = {}) {
  if (!Number.isFinite(n)) return Number.isNaN(n) ? 'NaN' : (n < 0 ? '-∞' : '∞');
  const opts = options || {};
  let value = n;
  let suffix = '';
  if (opts.style === 'percent') {
    value = n * 100;
    suffix = '%';
  }
  const minFrac = opts.minimumFractionDigits !== undefined ? opts.minimumFractionDigits : (opts.style === 'currency' ? 2 : 0);
  let maxFrac = opts.maximumFractionDigits !== undefined ? opts.maximumFractionDigits : (opts.style === 'percent' ? 0 : Math.max(minFrac, opts.style === 'currency' ? 2 : 3));
  maxFrac = Math.max(maxFrac, minFrac);
  const neg = value < 0 || Object.is(value, -0) && false;
  let fixed = Math.abs(value).toFixed(maxFrac);
  let [intPart, frac = ''] = fixed.split('.');
  while (frac.length > minFrac && frac.endsWith('0')) frac = frac.slice(0, -1);
  const de = typeof locale === 'string' && commaLocales.test(locale);
  const group = opts.useGrouping === false ? '' : (de ? '.' : ',');
  let out = groupDigits(intPart, group) + (frac ? (de ? ',' : '.') + frac : '');
  if (opts.style === 'currency') out = (opts.currency === 'EUR' ? '€' : opts.currency === 'GBP' ? '£' : opts.currency === 'JPY' ? '¥' : '$') + out;
  return (neg && Number(fixed) !== 0 ? '-' : '') + out + suffix;
}
Object.defineProperty(Number.prototype, 'toLocaleString', {
  value: function toLocaleString(locale, options) { return numberToLocale(Number(this), locale, options); },
  writable: true, configurable: true, enumerable: false,
});

const pad2 = (n) => String(n).padStart(2, '0');
function dateToLocaleDate(d) { return (d.getMonth() + 1) + '/' + d.getDate() + '/' + d.getFullYear(); }
function dateToLocaleTime(d) {
  const h = d.getHours();
  return ((h % 12) || 12) + ':' + pad2(d.getMinutes()) + ':' + pad2(d.getSeconds()) + ' ' + (h < 12 ? 'AM' : 'PM');
}
function defineDate(name, fn) {
  Object.defineProperty(Date.prototype, name, {
    value: function(...args) {
      if (Number.isNaN(this.getTime())) return 'Invalid Date';
      return fn(this, ...args);
    },
    writable: true, configurable: true, enumerable: false,
  });
}
defineDate('toLocaleDateString', (d) => dateToLocaleDate(d));
defineDate('toLocaleTimeString', (d) => dateToLocaleTime(d));
defineDate('toLocaleString', (d) => dateToLocaleDate(d) + ', ' + dateToLocaleTime(d));
// V8 names the zone in full; goja says (UTC).
const dateToString = Date.prototype.toString;
const dateToTimeString = Date.prototype.toTimeString;
defineDate('toString', (d) => dateToString.call(d).replace(/\(UTC\)$/, '(Coordinated Universal Time)'));
defineDate('toTimeString', (d) => dateToTimeString.call(d).replace(/\(UTC\)$/, '(Coordinated Universal Time)'));

// localeCompare as ICU's root collation orders Latin text: letters before
// case, case (lower first) before accents; numeric: true compares digit runs
// as numbers; sensitivity 'base' and 'accent' ignore case (and accents).
function collationKey(s) {
  return s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
}
function compareRuns(a, b, numeric) {
  if (!numeric) return a < b ? -1 : a > b ? 1 : 0;
  const ra = a.match(/\d+|\D+/g) || [], rb = b.match(/\d+|\D+/g) || [];
  for (let i = 0; i < Math.min(ra.length, rb.length); i++) {
    const x = ra[i], y = rb[i];
    if (/^\d/.test(x) && /^\d/.test(y)) {
      const d = Number(x) - Number(y);
      if (d !== 0) return d < 0 ? -1 : 1;
    } else if (x !== y) {
      return x < y ? -1 : 1;
    }
  }
  return ra.length === rb.length ? 0 : ra.length < rb.length ? -1 : 1;
}
Object.defineProperty(String.prototype, 'localeCompare', {
  value: function localeCompare(that, locales, options = {}) {
    const a = String(this), b = String(that);
    const opts = options || {};
    const primary = compareRuns(collationKey(a), collationKey(b), Boolean(opts.numeric));
    if (primary !== 0 || opts.sensitivity === 'base') return primary;
    const strip = (s) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
    const accentA = a.normalize('NFD').toLowerCase(), accentB = b.normalize('NFD').toLowerCase();
    if (opts.sensitivity !== 'case' && accentA !== accentB) {
      const c = compareRuns(accentA, accentB, Boolean(opts.numeric));
      if (c !== 0) return c;
    }
    if (opts.sensitivity === 'accent') return 0;
    const sa = strip(a), sb = strip(b);
    for (let i = 0; i < Math.min(sa.length, sb.length); i++) {
      if (sa[i] !== sb[i]) {
        const la = sa[i] === sa[i].toLowerCase(), lb = sb[i] === sb[i].toLowerCase();
        if (la !== lb) return la ? -1 : 1;
      }
    }
    return 0;
  },
  writable: true, configurable: true, enumerable: false,
});

module.exports = { structuredClone };
