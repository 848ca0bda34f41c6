'use strict';
// The web-platform globals Node has and goja lacks: EventTarget, Event,
// AbortController, AbortSignal, DOMException, TextEncoder, TextDecoder, atob,
// btoa, WeakRef and FinalizationRegistry. Events are dispatched synchronously,
// as in Node.
const internal = require('loopviz:internal');
const kInspect = Symbol.for('nodejs.util.inspect.custom');

const domExceptionCodes = {
  IndexSizeError: 1, HierarchyRequestError: 3, WrongDocumentError: 4, InvalidCharacterError: 5,
  NoModificationAllowedError: 7, NotFoundError: 8, NotSupportedError: 9, InvalidStateError: 11,
  SyntaxError: 12, InvalidModificationError: 13, NamespaceError: 14, InvalidAccessError: 15,
  TypeMismatchError: 17, SecurityError: 18, NetworkError: 19, AbortError: 20, URLMismatchError: 21,
  QuotaExceededError: 22, TimeoutError: 23, InvalidNodeTypeError: 24, DataCloneError: 25,
};

class DOMException extends Error {
  constructor(message = '', options = 'Error') {
    super(message);
    let name = 'Error';
    if (options !== null && typeof options === 'object') {
      name = 'name' in options ? String(options.name) : 'Error';
      if ('cause' in options) Object.defineProperty(this, 'cause', { value: options.cause, writable: true, configurable: true });
    } else {
      name = String(options);
    }
    Object.defineProperty(this, 'name', { value: name, writable: true, configurable: true });
    Object.defineProperty(this, 'code', { value: domExceptionCodes[name] || 0, writable: true, configurable: true });
  }
}

// AbortError is what aborted node APIs reject with: own enumerable keys code
// and name (in that order), the reason as a non-enumerable cause.
class AbortError extends Error {
  constructor(message = 'The operation was aborted', options = undefined) {
    super(message);
    if (options !== undefined && 'cause' in options) {
      Object.defineProperty(this, 'cause', { value: options.cause, writable: true, configurable: true, enumerable: false });
    }
    this.code = 'ABORT_ERR';
    this.name = 'AbortError';
  }
}

const kEvents = Symbol('kEvents');

class Event {
  constructor(type, options = {}) {
    if (arguments.length === 0) throw internal.argTypeError('type', 'string', undefined);
    this.type = String(type);
    this.defaultPrevented = false;
    this.cancelable = Boolean(options && options.cancelable);
    this.timeStamp = performance.now();
    Object.defineProperty(this, 'bubbles', { value: Boolean(options && options.bubbles), enumerable: false });
    Object.defineProperty(this, 'target', { value: null, writable: true, enumerable: false });
    Object.defineProperty(this, 'currentTarget', { value: null, writable: true, enumerable: false });
    Object.defineProperty(this, 'isTrusted', { value: false, writable: true, enumerable: false });
    Object.defineProperty(this, 'composed', { value: Boolean(options && options.composed), enumerable: false });
  }
  get eventPhase() { return this.currentTarget ? 2 : 0; }
  preventDefault() {
    if (this.cancelable) this.defaultPrevented = true;
  }
  stopPropagation() {}
  stopImmediatePropagation() {
    Object.defineProperty(this, '__stop', { value: true, configurable: true });
  }
  get [Symbol.toStringTag]() { return 'Event'; }
}

class EventTarget {
  constructor() {
    Object.defineProperty(this, kEvents, { value: new Map(), enumerable: false });
  }
  addEventListener(type, listener, options = {}) {
    if (listener == null) return;
    const once = typeof options === 'object' && options !== null && Boolean(options.once);
    const signal = typeof options === 'object' && options !== null ? options.signal : undefined;
    if (signal && signal.aborted) return;
    let list = this[kEvents].get(type);
    if (!list) this[kEvents].set(type, list = []);
    if (list.some((l) => l.listener === listener)) return;
    const entry = { listener, once };
    list.push(entry);
    if (signal) signal.addEventListener('abort', () => this.removeEventListener(type, listener), { once: true });
  }
  removeEventListener(type, listener) {
    const list = this[kEvents].get(type);
    if (!list) return;
    const i = list.findIndex((l) => l.listener === listener);
    if (i >= 0) list.splice(i, 1);
  }
  dispatchEvent(event) {
    if (!(event instanceof Event)) throw internal.argTypeError('event', 'Event', event);
    event.target = this;
    event.currentTarget = this;
    const list = this[kEvents].get(event.type);
    if (list) {
      for (const entry of list.slice()) {
        if (!list.includes(entry)) continue;
        if (entry.once) this.removeEventListener(event.type, entry.listener);
        const fn = typeof entry.listener === 'function' ? entry.listener : entry.listener.handleEvent;
        try {
          const result = fn.call(entry.listener === fn ? this : entry.listener, event);
          if (result && typeof result.then === 'function') {
            result.then(undefined, (err) => process.nextTick(() => { throw err; }));
          }
        } catch (err) {
          process.nextTick(() => { throw err; });
        }
        if (event.__stop) break;
      }
    }
    event.currentTarget = null;
    return !event.defaultPrevented;
  }
}

class AbortSignal extends EventTarget {
  constructor() {
    super();
    Object.defineProperty(this, '_aborted', { value: false, writable: true, enumerable: false });
    Object.defineProperty(this, '_reason', { value: undefined, writable: true, enumerable: false });
    Object.defineProperty(this, '_onabort', { value: null, writable: true, enumerable: false });
  }
  // onabort is an event handler attribute: it runs in the order it was set
  // among the listeners added with addEventListener.
  get onabort() { return this._onabort; }
  set onabort(fn) {
    if (this._onabortListener) this.removeEventListener('abort', this._onabortListener);
    this._onabort = typeof fn === 'function' ? fn : null;
    if (this._onabort) {
      const listener = (event) => this._onabort.call(this, event);
      Object.defineProperty(this, '_onabortListener', { value: listener, writable: true, configurable: true, enumerable: false });
      this.addEventListener('abort', listener);
    }
  }
  get [Symbol.toStringTag]() { return 'AbortSignal'; }
  get aborted() { return this._aborted; }
  get reason() { return this._reason; }
  throwIfAborted() {
    if (this._aborted) throw this._reason;
  }
  [kInspect](depth, options, inspect) {
    return 'AbortSignal { aborted: ' + this._aborted + ' }';
  }
  static abort(reason = new DOMException('This operation was aborted', 'AbortError')) {
    const s = new AbortSignal();
    s._aborted = true;
    s._reason = reason;
    return s;
  }
  static timeout(ms) {
    const s = new AbortSignal();
    setTimeout(() => abortSignal(s, new DOMException('The operation was aborted due to timeout', 'TimeoutError')), ms).unref();
    return s;
  }
  static any(signals) {
    const s = new AbortSignal();
    for (const sig of signals) {
      if (sig.aborted) {
        s._aborted = true;
        s._reason = sig.reason;
        return s;
      }
    }
    for (const sig of signals) sig.addEventListener('abort', () => abortSignal(s, sig.reason), { once: true });
    return s;
  }
}

function abortSignal(signal, reason) {
  if (signal._aborted) return;
  signal._aborted = true;
  signal._reason = reason;
  signal.dispatchEvent(new Event('abort'));
}

class AbortController {
  constructor() {
    Object.defineProperty(this, '_signal', { value: new AbortSignal(), enumerable: false });
  }
  get signal() { return this._signal; }
  abort(reason = new DOMException('This operation was aborted', 'AbortError')) {
    abortSignal(this._signal, reason);
  }
  [kInspect](depth, options, inspect) {
    return 'AbortController { signal: ' + this._signal[kInspect](depth, options, inspect) + ' }';
  }
  get [Symbol.toStringTag]() { return 'AbortController'; }
}

class CustomEvent extends Event {
  constructor(type, options = {}) {
    super(type, options);
    Object.defineProperty(this, '_detail', { value: options && options.detail !== undefined ? options.detail : null, enumerable: false });
  }
  get detail() { return this._detail; }
}

class TextEncoder {
  get encoding() { return 'utf-8'; }
  encode(input = '') {
    return internal.utf8Encode(String(input));
  }
  encodeInto(src, dest) {
    const bytes = internal.utf8Encode(String(src));
    // Whole characters only: stop before a sequence that does not fit.
    let written = bytes.length;
    if (written > dest.length) {
      written = dest.length;
      while (written > 0 && (bytes[written] & 0xc0) === 0x80) written--;
    }
    dest.set(bytes.subarray(0, written));
    let read = 0;
    for (let i = 0; i < written;) {
      const b = bytes[i];
      const n = b < 0x80 ? 1 : b < 0xe0 ? 2 : b < 0xf0 ? 3 : 4;
      read += n === 4 ? 2 : 1;
      i += n;
    }
    return { read, written };
  }
}

class TextDecoder {
  constructor(encoding = 'utf-8', options = {}) {
    Object.defineProperty(this, '_ignoreBOM', { value: Boolean(options && options.ignoreBOM), enumerable: false });
    const e = String(encoding).toLowerCase();
    if (e !== 'utf-8' && e !== 'utf8') {
      throw internal.rangeError('ERR_ENCODING_NOT_SUPPORTED', 'The "' + encoding + '" encoding is not supported');
    }
  }
  get encoding() { return 'utf-8'; }
  decode(input) {
    if (input === undefined) return '';
    const s = internal.utf8Decode(input);
    return !this._ignoreBOM && s.charCodeAt(0) === 0xfeff ? s.slice(1) : s;
  }
}

function btoa(input) {
  if (arguments.length === 0) throw internal.argTypeError('input', 'string', undefined);
  const s = String(input);
  for (let i = 0; i < s.length; i++) {
    if (s.charCodeAt(i) > 255) throw new DOMException('Invalid character', 'InvalidCharacterError');
  }
  return internal.base64Encode(s);
}

function atob(input) {
  if (arguments.length === 0) throw internal.argTypeError('input', 'string', undefined);
  const out = internal.base64Decode(String(input));
  if (out === null) throw new DOMException('The string to be decoded is not correctly encoded.', 'InvalidCharacterError');
  return out;
}

// Nothing is ever garbage-collected during a run, so a WeakRef always
// derefs to its target and a FinalizationRegistry never calls back: the
// runs stay deterministic.
class WeakRef {
  constructor(target) {
    if (target === null || (typeof target !== 'object' && typeof target !== 'function')) {
      throw new TypeError('WeakRef: target must be an object');
    }
    Object.defineProperty(this, '_target', { value: target, enumerable: false });
  }
  deref() { return this._target; }
  get [Symbol.toStringTag]() { return 'WeakRef'; }
}

class FinalizationRegistry {
  constructor(cleanup) {
    if (typeof cleanup !== 'function') throw new TypeError('FinalizationRegistry: cleanup must be callable');
  }
  register() {}
  unregister() { return false; }
  get [Symbol.toStringTag]() { return 'FinalizationRegistry'; }
}

module.exports = {
  AbortError, CustomEvent,
  DOMException, Event, EventTarget, AbortSignal, AbortController,
  TextEncoder, TextDecoder, atob, btoa, WeakRef, FinalizationRegistry,
};
