'use strict';
// The util module: inspect and format come from loopviz's inspector (Go);
// promisify, callbackify, types and the rest are here.
const internal = require('loopviz:internal');

const kCustomPromisify = Symbol.for('nodejs.util.promisify.custom');

function promisify(original) {
  if (typeof original !== 'function') throw internal.argTypeError('original', 'function', original);
  if (original[kCustomPromisify]) {
    const fn = original[kCustomPromisify];
    if (typeof fn !== 'function') throw internal.argTypeError('util.promisify.custom', 'function', fn);
    return Object.defineProperty(fn, kCustomPromisify, { value: fn, enumerable: false, writable: false, configurable: true });
  }
  const argumentNames = original[internal.customPromisifyArgs];
  function fn(...args) {
    return new Promise((resolve, reject) => {
      args.push((err, ...values) => {
        if (err) return reject(err);
        if (argumentNames !== undefined && values.length > 1) {
          const obj = {};
          for (let i = 0; i < argumentNames.length; i++) obj[argumentNames[i]] = values[i];
          resolve(obj);
        } else {
          resolve(values[0]);
        }
      });
      Reflect.apply(original, this, args);
    });
  }
  Object.setPrototypeOf(fn, Object.getPrototypeOf(original));
  Object.defineProperty(fn, kCustomPromisify, { value: fn, enumerable: false, writable: false, configurable: true });
  // Like Node, the promisified function takes every property of the
  // original, its name and length included.
  const descriptors = Object.getOwnPropertyDescriptors(original);
  for (const key of Reflect.ownKeys(descriptors)) {
    if (key === 'prototype') continue;
    Object.defineProperty(fn, key, descriptors[key]);
  }
  return fn;
}
promisify.custom = kCustomPromisify;

function callbackifyOnRejected(reason, cb) {
  if (!reason) {
    const err = new Error('Promise was rejected with falsy value');
    err.code = 'ERR_FALSY_VALUE_REJECTION';
    err.reason = reason;
    reason = err;
  }
  return cb(reason);
}

function callbackify(original) {
  if (typeof original !== 'function') throw internal.argTypeError('original', 'function', original);
  function callbackified(...args) {
    const maybeCb = args.pop();
    if (typeof maybeCb !== 'function') throw internal.argTypeError('last argument', 'function', maybeCb);
    const cb = maybeCb.bind(this);
    Reflect.apply(original, this, args).then(
      (ret) => { process.nextTick(cb, null, ret); },
      (rej) => { process.nextTick(callbackifyOnRejected, rej, cb); });
  }
  const descriptors = Object.getOwnPropertyDescriptors(original);
  if (typeof descriptors.length.value === 'number') descriptors.length.value++;
  if (typeof descriptors.name.value === 'string') descriptors.name.value += 'Callbackified';
  Object.defineProperties(callbackified, descriptors);
  return callbackified;
}

function inherits(ctor, superCtor) {
  if (ctor === undefined || ctor === null) throw internal.argTypeError('ctor', 'function', ctor);
  if (superCtor === undefined || superCtor === null) throw internal.argTypeError('superCtor', 'function', superCtor);
  if (superCtor.prototype === undefined) throw internal.argTypeError('superCtor.prototype', 'object', superCtor.prototype);
  Object.defineProperty(ctor, 'super_', { value: superCtor, writable: true, configurable: true });
  Object.setPrototypeOf(ctor.prototype, superCtor.prototype);
}

const deprecated = new Set();
function deprecate(fn, msg, code) {
  let warned = false;
  function deprecated_(...args) {
    if (!warned) {
      warned = true;
      if (code === undefined || !deprecated.has(code)) {
        if (code !== undefined) deprecated.add(code);
        process.emitWarning(msg, 'DeprecationWarning', code, deprecated_);
      }
    }
    if (new.target) return Reflect.construct(fn, args, new.target);
    return Reflect.apply(fn, this, args);
  }
  Object.setPrototypeOf(deprecated_, fn);
  return deprecated_;
}

const tag = (v) => Object.prototype.toString.call(v);
const types = {
  isPromise: (v) => internal.isPromise(v),
  isAsyncFunction: (v) => internal.functionKind(v) === 'async' || internal.functionKind(v) === 'asyncGenerator',
  isGeneratorFunction: (v) => internal.functionKind(v) === 'generator' || internal.functionKind(v) === 'asyncGenerator',
  isGeneratorObject: (v) => tag(v) === '[object Generator]',
  isDate: (v) => tag(v) === '[object Date]',
  isRegExp: (v) => tag(v) === '[object RegExp]',
  isMap: (v) => tag(v) === '[object Map]',
  isSet: (v) => tag(v) === '[object Set]',
  isWeakMap: (v) => tag(v) === '[object WeakMap]',
  isWeakSet: (v) => tag(v) === '[object WeakSet]',
  isNativeError: (v) => tag(v) === '[object Error]',
  isProxy: (v) => internal.isProxy(v),
  isTypedArray: (v) => ArrayBuffer.isView(v) && !(v instanceof DataView),
  isArrayBufferView: (v) => ArrayBuffer.isView(v),
  isDataView: (v) => v instanceof DataView,
  isUint8Array: (v) => v instanceof Uint8Array,
  isArrayBuffer: (v) => v instanceof ArrayBuffer,
  isAnyArrayBuffer: (v) => v instanceof ArrayBuffer || (typeof SharedArrayBuffer !== 'undefined' && v instanceof SharedArrayBuffer),
  isBoxedPrimitive: (v) => ['[object Number]', '[object String]', '[object Boolean]', '[object Symbol]', '[object BigInt]'].includes(tag(v)) && typeof v === 'object',
};

// isDeepStrictEqual compares like assert.deepStrictEqual: same prototype,
// same own enumerable keys and values, Object.is for primitives.
function isDeepStrictEqual(a, b, seen = new Map()) {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Object.getPrototypeOf(a) !== Object.getPrototypeOf(b)) return false;
  const ta = tag(a);
  if (ta !== tag(b)) return false;
  if (seen.get(a) === b) return true;
  seen.set(a, b);
  if (ta === '[object Date]') return Object.is(a.getTime(), b.getTime());
  if (ta === '[object RegExp]') return a.source === b.source && a.flags === b.flags && a.lastIndex === b.lastIndex;
  if (types.isBoxedPrimitive(a) && !Object.is(a.valueOf(), b.valueOf())) return false;
  if (ta === '[object Error]' && (a.message !== b.message || a.name !== b.name)) return false;
  if (Array.isArray(a) && a.length !== b.length) return false;
  if (ta === '[object Map]') {
    if (a.size !== b.size) return false;
    for (const [k, v] of a) {
      if (!b.has(k) || !isDeepStrictEqual(v, b.get(k), seen)) return false;
    }
  } else if (ta === '[object Set]') {
    if (a.size !== b.size) return false;
    outer: for (const v of a) {
      if (b.has(v)) continue;
      if (typeof v === 'object' && v !== null) {
        for (const w of b) if (isDeepStrictEqual(v, w, seen)) continue outer;
      }
      return false;
    }
  }
  const ka = Object.keys(a), kb = Object.keys(b);
  if (ka.length !== kb.length) return false;
  for (const k of ka) {
    if (!Object.prototype.propertyIsEnumerable.call(b, k)) return false;
    if (!isDeepStrictEqual(a[k], b[k], seen)) return false;
  }
  const sa = Object.getOwnPropertySymbols(a).filter((s) => Object.prototype.propertyIsEnumerable.call(a, s));
  const sb = Object.getOwnPropertySymbols(b).filter((s) => Object.prototype.propertyIsEnumerable.call(b, s));
  if (sa.length !== sb.length) return false;
  for (const k of sa) if (!isDeepStrictEqual(a[k], b[k], seen)) return false;
  return true;
}

// debuglog(section) logs to stderr when NODE_DEBUG names the section.
function debuglog(section, cb) {
  const enabled = new RegExp('\\b' + String(section).replace(/[.*+?^${}()|[\]\\]/g, '\\$&') + '\\b', 'i')
    .test(process.env.NODE_DEBUG || '');
  const logger = (...args) => {
    if (!enabled) return;
    process.stderr.write(String(section).toUpperCase() + ' ' + process.pid + ': ' + internal.format(...args) + '\n');
  };
  Object.defineProperty(logger, 'enabled', { get: () => enabled, enumerable: true });
  if (typeof cb === 'function') cb(logger);
  return logger;
}

// eslint-disable-next-line no-control-regex
const ansi = /[\u001B\u009B][[\]()#;?]*(?:(?:(?:(?:;[-a-zA-Z\d\/#&.:=?%@~_]+)*|[a-zA-Z\d]+(?:;[-a-zA-Z\d\/#&.:=?%@~_]*)*)?\u0007)|(?:(?:\d{1,4}(?:;\d{0,4})*)?[\dA-PR-TZcf-ntqry=><~]))/g;

function stripVTControlCharacters(str) {
  if (typeof str !== 'string') throw internal.argTypeError('str', 'string', str);
  return str.replace(ansi, '');
}

function toUSVString(str) {
  return String(str).replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
}

module.exports = {
  debuglog,
  debug: debuglog,
  stripVTControlCharacters,
  toUSVString,
  inspect: internal.inspect,
  format: internal.format,
  formatWithOptions: internal.formatWithOptions,
  promisify,
  callbackify,
  inherits,
  deprecate,
  types,
  isDeepStrictEqual: (a, b) => isDeepStrictEqual(a, b),
  isArray: Array.isArray,
  TextEncoder: globalThis.TextEncoder,
  TextDecoder: globalThis.TextDecoder,
};
