'use strict';
// SharedArrayBuffer and Atomics, which goja lacks. A SharedArrayBuffer is an
// ArrayBuffer over memory that every thread holding it shares (the Go side
// keeps one byte slice per buffer and hands the same slice to each runtime).
// Only one thread's JavaScript runs at any moment in loopviz, so every
// Atomics operation is atomic as written; Atomics.wait blocks the thread in
// virtual time until Atomics.notify or its timeout (runtime/workers.go).
const internal = require('loopviz:internal');
const w = internal.workers;

function SharedArrayBuffer(length) {
  if (new.target === undefined) throw new TypeError("Constructor SharedArrayBuffer requires 'new'");
  const n = length === undefined ? 0 : Math.trunc(Number(length));
  if (!(n >= 0) || n > 2 ** 32) throw new RangeError('Invalid array buffer length');
  return w.sabNew(n, SharedArrayBuffer.prototype);
}
Object.defineProperty(SharedArrayBuffer.prototype, 'byteLength', {
  get() { return w.sabLength(this); },
  configurable: true,
});
Object.defineProperty(SharedArrayBuffer.prototype, 'growable', { get() { return false; }, configurable: true });
Object.defineProperty(SharedArrayBuffer.prototype, 'maxByteLength', { get() { return w.sabLength(this); }, configurable: true });
Object.defineProperty(SharedArrayBuffer.prototype, 'slice', {
  value: function slice(begin, end) {
    const len = w.sabLength(this);
    const rel = (v, d) => {
      if (v === undefined) return d;
      const x = Math.trunc(Number(v)) || 0;
      return x < 0 ? Math.max(len + x, 0) : Math.min(x, len);
    };
    const from = rel(begin, 0);
    const to = rel(end, len);
    const out = new SharedArrayBuffer(Math.max(to - from, 0));
    new Uint8Array(out).set(new Uint8Array(this).subarray(from, Math.max(to, from)));
    return out;
  },
  writable: true,
  configurable: true,
});
Object.defineProperty(SharedArrayBuffer.prototype, Symbol.toStringTag, { value: 'SharedArrayBuffer', configurable: true });

const TypedArray = Object.getPrototypeOf(Int8Array);
const intTypes = [Int8Array, Uint8Array, Int16Array, Uint16Array, Int32Array, Uint32Array, BigInt64Array, BigUint64Array];

function checkArray(ta, waitable) {
  if (!(ta instanceof TypedArray)) throw new TypeError('[object Object] is not an integer shared typed array.');
  if (waitable) {
    if (!(ta instanceof Int32Array) && !(ta instanceof BigInt64Array)) throw new TypeError('[object Array] is not an int32 or BigInt64 typed array.');
  } else if (!intTypes.some((C) => ta instanceof C)) {
    throw new TypeError('[object Array] is not an integer shared typed array.');
  }
}

function checkIndex(ta, index) {
  const i = index === undefined ? 0 : Math.trunc(Number(index));
  if (!(i >= 0) || i >= ta.length) throw new RangeError('Invalid atomic access index');
  return i;
}

function value(ta, v) {
  if (ta instanceof BigInt64Array || ta instanceof BigUint64Array) return BigInt(v);
  const n = Math.trunc(Number(v));
  return Number.isFinite(n) ? n : 0;
}

function rmw(op) {
  return function (ta, index, v) {
    checkArray(ta, false);
    const i = checkIndex(ta, index);
    const x = value(ta, v);
    const old = ta[i];
    ta[i] = op(old, x);
    return old;
  };
}

const Atomics = {};
const methods = {
  add: rmw((a, b) => a + b),
  sub: rmw((a, b) => a - b),
  and: rmw((a, b) => a & b),
  or: rmw((a, b) => a | b),
  xor: rmw((a, b) => a ^ b),
  exchange: rmw((a, b) => b),
  compareExchange(ta, index, expected, replacement) {
    checkArray(ta, false);
    const i = checkIndex(ta, index);
    const e = value(ta, expected);
    const r = value(ta, replacement);
    const old = ta[i];
    // Compare as the element type stores it (a Uint8Array holds 255 for -1).
    const probe = new ta.constructor(1);
    probe[0] = e;
    if (old === probe[0]) ta[i] = r;
    return old;
  },
  load(ta, index) {
    checkArray(ta, false);
    return ta[checkIndex(ta, index)];
  },
  store(ta, index, v) {
    checkArray(ta, false);
    const i = checkIndex(ta, index);
    const x = value(ta, v);
    ta[i] = x;
    return x;
  },
  isLockFree(size) {
    return size === 1 || size === 2 || size === 4 || size === 8;
  },
  wait(ta, index, v, timeout) {
    checkArray(ta, true);
    const id = w.sabID(ta.buffer);
    if (id === 0) throw new TypeError('[object Array] is not a shared typed array.');
    const i = checkIndex(ta, index);
    const x = value(ta, v);
    let ms = timeout === undefined ? Infinity : Number(timeout);
    if (Number.isNaN(ms)) ms = Infinity;
    if (ms < 0) ms = 0;
    if (ta[i] !== x) return 'not-equal';
    return w.atomicsWait(id, ta.byteOffset + i * ta.BYTES_PER_ELEMENT, ms);
  },
  waitAsync(ta, index, v, timeout) {
    checkArray(ta, true);
    const id = w.sabID(ta.buffer);
    if (id === 0) throw new TypeError('[object Array] is not a shared typed array.');
    const i = checkIndex(ta, index);
    const x = value(ta, v);
    let ms = timeout === undefined ? Infinity : Number(timeout);
    if (Number.isNaN(ms)) ms = Infinity;
    if (ms < 0) ms = 0;
    if (ta[i] !== x) return { async: false, value: 'not-equal' };
    if (ms === 0) return { async: false, value: 'timed-out' };
    let resolve;
    const promise = new Promise((res) => { resolve = res; });
    const token = w.atomicsWaitAsync(id, ta.byteOffset + i * ta.BYTES_PER_ELEMENT, (r) => resolve(r));
    if (ms !== Infinity) {
      // As in node, a pending waitAsync does not keep the loop alive.
      const t = setTimeout(() => { if (w.atomicsCancelAsync(token)) resolve('timed-out'); }, ms);
      t.unref();
    }
    return { async: true, value: promise };
  },
  notify(ta, index, count) {
    checkArray(ta, true);
    const i = checkIndex(ta, index);
    let c = count === undefined ? Infinity : Math.max(Math.trunc(Number(count)) || 0, 0);
    const id = w.sabID(ta.buffer);
    if (id === 0) return 0;
    return w.atomicsNotify(id, ta.byteOffset + i * ta.BYTES_PER_ELEMENT, c === Infinity ? -1 : c);
  },
};
for (const name of Object.keys(methods)) {
  const fn = methods[name];
  Object.defineProperty(fn, 'name', { value: name });
  Object.defineProperty(Atomics, name, { value: fn, writable: true, configurable: true });
}
Object.defineProperty(Atomics, Symbol.toStringTag, { value: 'Atomics', configurable: true });

module.exports = { SharedArrayBuffer, Atomics };
