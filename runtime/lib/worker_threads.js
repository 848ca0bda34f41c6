'use strict';
// worker_threads: each Worker is an event loop of its own, with its own
// runtime, queues and clock, in the same world as its parent
// (runtime/workers.go, sim/lanes.go). Messages cross between runtimes as
// text: the sender serializes with the structured-clone rules and the
// receiver builds fresh values, so nothing is shared but SharedArrayBuffers.
const EventEmitter = require('events');
const internal = require('loopviz:internal');
const w = internal.workers;
const { SharedArrayBuffer } = w.atomicsLib();

const kId = Symbol('kPortId');
const kQueue = Symbol('kQueue');
const kStarted = Symbol('kStarted');
const kClosed = Symbol('kClosed');
const kInternal = Symbol('kInternal');
const kPort = Symbol('kWorkerPort');
const kExited = Symbol('kExited');

function cloneError(message) {
  const DOMException = globalThis.DOMException;
  if (typeof DOMException === 'function') return new DOMException(message, 'DataCloneError');
  const err = new Error(message);
  err.name = 'DataCloneError';
  return err;
}

// serialize turns a value into text under the structured-clone rules:
// cycles and shared references survive, prototypes do not (a class
// instance arrives as a plain object), functions and symbols cannot be sent.
function serialize(value, transfer) {
  const ids = new Map();
  const transferred = new Set(transfer || []);
  for (const t of transferred) {
    if (t instanceof MessagePort) {
      if (t[kClosed]) throw cloneError('MessagePort in transfer list is already detached');
    }
  }
  function enc(v) {
    switch (typeof v) {
      case 'undefined': return ['u'];
      case 'boolean': return ['b', v];
      case 'string': return ['s', v];
      case 'bigint': return ['g', String(v)];
      case 'number':
        if (Number.isFinite(v) && !Object.is(v, -0)) return ['d', v];
        return ['D', Object.is(v, -0) ? '-0' : String(v)];
      case 'symbol': throw cloneError(String(v) + ' could not be cloned.');
      case 'function': throw cloneError(String(v) + ' could not be cloned.');
    }
    if (v === null) return ['l'];
    if (ids.has(v)) return ['r', ids.get(v)];
    const id = ids.size + 1;
    ids.set(v, id);
    if (v instanceof MessagePort) {
      if (!transferred.has(v)) throw internal.nodeError('TypeError', 'ERR_MISSING_TRANSFERABLE_IN_TRANSFER_LIST', 'Object that needs transfer was found in message but not listed in transferList');
      return ['P', id, w.portTransfer(v[kId])];
    }
    const sab = w.sabID(v);
    if (sab !== 0) return ['H', id, sab];
    const tag = Object.prototype.toString.call(v);
    switch (tag) {
      case '[object Array]': {
        const out = [];
        for (const k of Object.keys(v)) out.push([k, enc(v[k])]);
        return ['a', id, v.length, out];
      }
      case '[object Date]': return ['t', id, v.getTime()];
      case '[object RegExp]': return ['x', id, v.source, v.flags];
      case '[object Map]': {
        const out = [];
        for (const [k, val] of v) out.push([enc(k), enc(val)]);
        return ['m', id, out];
      }
      case '[object Set]': {
        const out = [];
        for (const val of v) out.push(enc(val));
        return ['S', id, out];
      }
      case '[object Error]': {
        const out = ['e', id, String(v.name), String(v.message), typeof v.stack === 'string' ? v.stack : null];
        if ('cause' in v) out.push(enc(v.cause));
        return out;
      }
      case '[object ArrayBuffer]': return ['B', id, Array.from(new Uint8Array(v))];
      case '[object Boolean]': case '[object Number]': case '[object String]':
        return ['o', id, []];
    }
    if (ArrayBuffer.isView(v)) {
      const name = v instanceof DataView ? 'DataView' : (Buffer.isBuffer(v) ? 'Uint8Array' : v.constructor.name);
      const len = v instanceof DataView ? v.byteLength : v.length;
      return ['T', id, name, enc(v.buffer), v.byteOffset, len];
    }
    if (tag === '[object Promise]' || tag === '[object WeakMap]' || tag === '[object WeakSet]') {
      throw cloneError('#<' + tag.slice(8, -1) + '> could not be cloned.');
    }
    const out = [];
    for (const k of Object.keys(v)) out.push([k, enc(v[k])]);
    return ['o', id, out];
  }
  return JSON.stringify(enc(value));
}

function deserialize(text) {
  const refs = new Map();
  const ctors = {
    Int8Array, Uint8Array, Uint8ClampedArray, Int16Array, Uint16Array, Int32Array, Uint32Array,
    Float32Array, Float64Array, BigInt64Array, BigUint64Array, DataView,
  };
  function dec(n) {
    switch (n[0]) {
      case 'u': return undefined;
      case 'l': return null;
      case 'b': case 's': case 'd': return n[1];
      case 'D': return n[1] === '-0' ? -0 : Number(n[1]);
      case 'g': return BigInt(n[1]);
      case 'r': return refs.get(n[1]);
      case 'P': { const p = makePort(n[2]); refs.set(n[1], p); return p; }
      case 'H': { const b = w.sabGet(n[2], SharedArrayBuffer.prototype); refs.set(n[1], b); return b; }
      case 'a': {
        const out = new Array(n[2]);
        refs.set(n[1], out);
        for (const [k, v] of n[3]) out[k] = dec(v);
        return out;
      }
      case 't': { const d = new Date(n[2]); refs.set(n[1], d); return d; }
      case 'x': { const r = new RegExp(n[2], n[3]); refs.set(n[1], r); return r; }
      case 'm': {
        const out = new Map();
        refs.set(n[1], out);
        for (const [k, v] of n[2]) out.set(dec(k), dec(v));
        return out;
      }
      case 'S': {
        const out = new Set();
        refs.set(n[1], out);
        for (const v of n[2]) out.add(dec(v));
        return out;
      }
      case 'e': {
        const C = { EvalError, RangeError, ReferenceError, SyntaxError, TypeError, URIError }[n[2]] || Error;
        const out = new C(n[3]);
        refs.set(n[1], out);
        if (n[4] !== null) Object.defineProperty(out, 'stack', { value: n[4], writable: true, configurable: true });
        else delete out.stack;
        if (n.length > 5) Object.defineProperty(out, 'cause', { value: dec(n[5]), writable: true, configurable: true });
        return out;
      }
      case 'B': {
        const out = new ArrayBuffer(n[2].length);
        new Uint8Array(out).set(n[2]);
        refs.set(n[1], out);
        return out;
      }
      case 'T': {
        const buf = dec(n[3]);
        const out = new ctors[n[2]](buf, n[4], n[5]);
        refs.set(n[1], out);
        return out;
      }
      case 'o': {
        const out = {};
        refs.set(n[1], out);
        for (const [k, v] of n[2]) out[k] = dec(v);
        return out;
      }
    }
    throw new Error('loopviz: bad message encoding ' + n[0]);
  }
  return dec(JSON.parse(text));
}

// encode is what crosses to the other runtime: a primitive as it is (the
// common case, and cheap), anything else as text.
function encode(value, transfer) {
  if (value === null || (typeof value !== 'object' && typeof value !== 'function' && typeof value !== 'symbol' && typeof value !== 'bigint' && !(typeof value === 'number' && (!Number.isFinite(value) || Object.is(value, -0))))) {
    return [false, value];
  }
  return [true, serialize(value, transfer)];
}

function decode(isText, payload) {
  return isText ? deserialize(payload) : payload;
}

function transferList(options) {
  if (options === undefined || options === null) return undefined;
  if (Array.isArray(options)) return options;
  if (typeof options === 'object' && options.transfer !== undefined) return options.transfer;
  return undefined;
}

// MessagePort: one end of a channel. Like node's, it delivers each message
// as its own callback (the 'message' event), keeps its thread alive while it
// has 'message' listeners and is ref'd, and queues messages until started.
class MessagePort extends EventEmitter {
  constructor() {
    throw new TypeError('Illegal constructor');
  }

  postMessage(value, options) {
    if (arguments.length === 0) throw new TypeError('Not enough arguments to MessagePort.postMessage');
    if (this[kClosed]) return;
    const transfer = transferList(options);
    if ((transfer === undefined || transfer.length === 0) && typeof value === 'object' && value !== null && w.portPostFast(this[kId], value)) return;
    const [isText, payload] = encode(value, transfer);
    w.portPost(this[kId], isText, payload);
  }

  start() {
    if (this[kStarted] || this[kClosed]) return;
    this[kStarted] = true;
    w.portStart(this[kId], !this[kInternal]);
    const q = this[kQueue];
    this[kQueue] = [];
    for (const [isText, payload] of q) w.portRedeliver(this[kId], isText, payload);
  }

  close() {
    if (this[kClosed]) return;
    this[kClosed] = true;
    w.portClose(this[kId]);
  }

  ref() { if (!this[kClosed]) w.portRef(this[kId], true); }
  unref() { if (!this[kClosed]) w.portRef(this[kId], false); }
  hasRef() { return !this[kClosed] && w.portHasRef(this[kId]); }

  get onmessage() { return this._onmessage || null; }
  set onmessage(fn) {
    if (this._onmessage) this.off('message', this._onmessageWrap);
    this._onmessage = fn;
    if (typeof fn === 'function') {
      this._onmessageWrap = (data) => fn.call(this, { data, target: this, type: 'message' });
      this.on('message', this._onmessageWrap);
    }
  }

  addEventListener(type, fn) {
    const wrap = (data) => (typeof fn === 'function' ? fn.call(this, { data, target: this, type }) : fn.handleEvent({ data, target: this, type }));
    wrap.listener = fn;
    this.on(type, wrap);
  }

  removeEventListener(type, fn) {
    for (const l of this.listeners(type)) {
      if (l === fn || l.listener === fn) { this.off(type, l); return; }
    }
  }
}
Object.defineProperty(MessagePort.prototype, Symbol.toStringTag, { value: 'MessagePort', configurable: true });

function makePort(id, isInternal) {
  const p = Object.create(MessagePort.prototype);
  EventEmitter.call(p);
  p[kId] = id;
  p[kQueue] = [];
  p[kStarted] = false;
  p[kClosed] = false;
  p[kInternal] = !!isInternal;
  p.on('newListener', (event) => {
    if (event !== 'message') return;
    if (p[kStarted]) {
      if (!p[kInternal]) w.portRef(id, true);
    } else {
      p.start();
    }
  });
  // Without 'message' listeners a port stops keeping its thread alive (a
  // worker whose parentPort.once('message') has fired can end).
  p.on('removeListener', (event) => {
    if (event === 'message' && p.listenerCount('message') === 0 && !p[kInternal]) w.portRef(id, false);
  });
  w.portBind(id, p, (isText, payload) => deliver(p, isText, payload), () => p.emit('close'));
  return p;
}

function deliver(port, isText, payload) {
  if (port[kClosed]) return;
  if (!port[kStarted]) {
    port[kQueue].push([isText, payload]);
    return;
  }
  port.emit('message', decode(isText, payload));
}

class MessageChannel {
  constructor() {
    const [a, b] = w.newChannel();
    this.port1 = makePort(a);
    this.port2 = makePort(b);
  }
}

class BroadcastChannel extends EventEmitter {
  constructor() {
    super();
    throw w.unsupported('BroadcastChannel');
  }
}

// Worker: a new thread running filename (or, with eval: true, the code given).
class Worker extends EventEmitter {
  constructor(filename, options = {}) {
    super();
    if (options === null || typeof options !== 'object') options = {};
    let spec = filename;
    if (spec instanceof URL) spec = spec.href;
    if (typeof spec !== 'string') {
      throw internal.nodeError('TypeError', 'ERR_INVALID_ARG_TYPE', 'The "filename" argument must be of type string or an instance of URL. Received ' + internal.inspect(filename));
    }
    const isEval = !!options.eval;
    if (!isEval && spec.startsWith('file://')) spec = decodeURIComponent(spec.slice(7));
    if (!isEval && !spec.startsWith('/') && !spec.startsWith('./') && !spec.startsWith('../')) {
      throw internal.nodeError('TypeError', 'ERR_WORKER_PATH', 'The worker script or module filename must be an absolute path or a relative path starting with \'./\' or \'../\'. Received "' + spec + '"');
    }
    const data = 'workerData' in options ? encode(options.workerData, options.transferList) : [false, undefined];
    // A worker gets a copy of process.env as it is now (SHARE_ENV is
    // treated as a copy too: loopviz does not share env between threads).
    const envSource = options.env && typeof options.env === 'object' ? options.env : process.env;
    const env = Object.keys(envSource).map((k) => k + '=' + envSource[k]);
    const argv = Array.isArray(options.argv) ? options.argv.map(String) : [];
    this[kExited] = false;
    this.exitCode = undefined;
    const info = w.spawnWorker(spec, isEval, data[0], data[1], env, argv, typeof options.name === 'string' ? options.name : '',
      (kind, a, b) => this._onEvent(kind, a, b));
    this.threadId = info.threadId;
    this.resourceLimits = {
      maxYoungGenerationSizeMb: 48, maxOldGenerationSizeMb: 2048, codeRangeSizeMb: 0, stackSizeMb: 4,
      ...(options.resourceLimits || {}),
    };
    const port = makePort(info.port, true);
    this[kPort] = port;
    port.on('message', (v) => this.emit('message', v));
    this.stdin = null;
    this.stdout = process.stdout;
    this.stderr = process.stderr;
  }

  _onEvent(kind, a, b) {
    switch (kind) {
      case 'online':
        this.emit('online');
        break;
      case 'error':
        this.emit('error', decode(a, b));
        break;
      case 'exit':
        this[kExited] = true;
        this.exitCode = a;
        this[kPort].close();
        this.threadId = -1;
        this.emit('exit', a);
        break;
    }
  }

  postMessage(value, options) {
    if (arguments.length === 0) throw new TypeError('Not enough arguments to Worker.postMessage');
    if (this[kExited]) return;
    this[kPort].postMessage(value, options);
  }

  terminate(callback) {
    return new Promise((resolve) => {
      if (this[kExited]) {
        resolve(this.exitCode);
        return;
      }
      this.once('exit', (code) => {
        if (typeof callback === 'function') callback(null, code);
        resolve(code);
      });
      w.terminate(this.threadId);
    });
  }

  ref() { if (!this[kExited]) w.workerRef(this.threadId, true); }
  unref() { if (!this[kExited]) w.workerRef(this.threadId, false); }

  getHeapSnapshot() {
    return Promise.reject(w.unsupported('worker.getHeapSnapshot'));
  }
}

w.setCodec(encode);
const self = w.self();
let parentPort = null;
if (!self.isMainThread) parentPort = makePort(self.parentPort);
const workerData = self.isMainThread ? null : decode(self.dataIsText, self.workerData);
const environmentData = new Map();

function markAsUntransferable() {}
function isMarkedAsUntransferable() { return false; }
function moveMessagePortToContext(port) { return port; }
function receiveMessageOnPort(port) {
  if (!(port instanceof MessagePort)) throw internal.nodeError('TypeError', 'ERR_INVALID_ARG_TYPE', 'The "port" argument must be a MessagePort instance');
  const q = port[kQueue];
  if (q.length === 0) return undefined;
  const [isText, payload] = q.shift();
  return { message: decode(isText, payload) };
}

module.exports = {
  isMainThread: self.isMainThread,
  parentPort,
  workerData,
  threadId: self.threadId,
  resourceLimits: self.isMainThread ? {} : { maxYoungGenerationSizeMb: 48, maxOldGenerationSizeMb: 2048, codeRangeSizeMb: 0, stackSizeMb: 4 },
  Worker,
  MessageChannel,
  MessagePort,
  BroadcastChannel,
  SHARE_ENV: Symbol.for('nodejs.worker_threads.SHARE_ENV'),
  markAsUntransferable,
  isMarkedAsUntransferable,
  moveMessagePortToContext,
  receiveMessageOnPort,
  setEnvironmentData(key, value) {
    if (value === undefined) environmentData.delete(key);
    else environmentData.set(key, value);
  },
  getEnvironmentData(key) { return environmentData.get(key); },
};
// For child_process and cluster: their IPC channels are ports too.
Object.defineProperty(module.exports, '__codec', { value: { serialize, deserialize, encode, decode, makePort }, enumerable: false });
