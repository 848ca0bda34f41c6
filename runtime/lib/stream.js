'use strict';
// The stream module: Readable, Writable, Duplex, Transform, PassThrough and
// the plumbing around them (pipe, pipeline, finished, async iteration, the
// iterator helpers), written for loopviz from Node v20's observable
// behaviour. What a program can see of a stream is the order in which its
// events, callbacks, nextTicks and promise jobs happen, so that order is what
// this file is built to reproduce; how it gets there is its own.
//
// How it is put together:
// - Each stream has a Life (how far its teardown has gone, its error, whether
//   _construct is still running) shared by its sides, and a ReadSide and/or
//   a WriteSide: classes that hold a side's queue and phase and implement its
//   behaviour as methods. Programs see them as _readableState and
//   _writableState.
// - Deferred work runs as "jobs" on process.nextTick, each a function named
//   for what it does (the trace shows it). A readable side keeps a bit set of
//   the jobs it has queued, so that each kind is queued at most once at a
//   time: that is what makes the ticks line up with the user's own.
// - A write waits as a { chunk, encoding, callback } request while another
//   is in flight (or the side is corked); only one is ever in flight.
// - Byte-mode code uses the global Buffer; object-mode paths never touch it
//   (loopviz loads Buffer lazily).

const EventEmitter = require('events');
const internal = require('loopviz:internal');

const kLife = Symbol('stream.life');
const kHeldCallback = Symbol('transform.heldCallback');
const kCustomPromisify = Symbol.for('nodejs.util.promisify.custom');
const kRejection = Symbol.for('nodejs.rejection');

// later runs fn on a nextTick: the one way this module defers its own work.
const later = (fn, a, b, c, d) => process.nextTick(fn, a, b, c, d);
function noop() {}

// ---------------------------------------------------------------------------
// Errors: Node's codes and messages.

function codeError(kind, code, message) {
  return internal.nodeError(kind, code, message);
}

// received describes a value the way Node's argument errors do
// ("Received type number (42)", "Received an instance of Object").
function received(value) {
  const m = internal.argTypeError('x', 'y', value).message;
  return m.slice(m.indexOf(' Received ') + 1);
}

const errors = {
  pushAfterEOF: () => codeError('Error', 'ERR_STREAM_PUSH_AFTER_EOF', 'stream.push() after EOF'),
  unshiftAfterEnd: () => codeError('Error', 'ERR_STREAM_UNSHIFT_AFTER_END_EVENT', 'stream.unshift() after end event'),
  destroyed: (what) => codeError('Error', 'ERR_STREAM_DESTROYED', `Cannot call ${what} after a stream was destroyed`),
  prematureClose: () => codeError('Error', 'ERR_STREAM_PREMATURE_CLOSE', 'Premature close'),
  multipleCallback: () => codeError('Error', 'ERR_MULTIPLE_CALLBACK', 'Callback called multiple times'),
  writeAfterEnd: () => codeError('Error', 'ERR_STREAM_WRITE_AFTER_END', 'write after end'),
  alreadyFinished: (what) => codeError('Error', 'ERR_STREAM_ALREADY_FINISHED', `Cannot call ${what} after a stream was finished`),
  nullValues: () => codeError('TypeError', 'ERR_STREAM_NULL_VALUES', 'May not write null values to stream'),
  notImplemented: (what) => codeError('Error', 'ERR_METHOD_NOT_IMPLEMENTED', `The ${what} method is not implemented`),
  unknownEncoding: (enc) => codeError('TypeError', 'ERR_UNKNOWN_ENCODING', `Unknown encoding: ${enc}`),
  cannotPipe: () => codeError('Error', 'ERR_STREAM_CANNOT_PIPE', 'Cannot pipe, not readable'),
  missingArgs: (name) => codeError('TypeError', 'ERR_MISSING_ARGS', `The "${name}" argument must be specified`),
  invalidValue: (name, value) => codeError('TypeError', 'ERR_INVALID_ARG_VALUE',
    `The property '${name}' is invalid. Received ${internal.inspect(value)}`),
  outOfRange: (name, range, value) => codeError('RangeError', 'ERR_OUT_OF_RANGE',
    `The value of "${name}" is out of range. It must be ${range}. Received ${typeof value === 'number' ? String(value) : internal.inspect(value)}`),
  // argType: `The "name" argument must be <expected>. Received ...`, where
  // expected reads "of type function" or "an instance of Iterable".
  argType: (name, expected, value, what = 'argument') => codeError('TypeError', 'ERR_INVALID_ARG_TYPE',
    `The "${name}" ${what} must be ${expected}. ${received(value)}`),
  abort: (cause) => new internal.AbortError(undefined, cause === undefined ? undefined : { cause }),
};

function checkFunction(fn, name) {
  if (typeof fn !== 'function') throw errors.argType(name, 'of type function', fn);
}

function checkSignal(signal, name) {
  if (!signal || typeof signal !== 'object' || !('aborted' in signal)) {
    throw errors.argType(name, 'an instance of AbortSignal', signal);
  }
}

// ---------------------------------------------------------------------------
// Chunks, encodings and high-water marks.

// Fifo is a queue with O(1) shift: items before `head` are spent.
class Fifo {
  constructor() {
    this.items = [];
    this.head = 0;
  }

  get size() { return this.items.length - this.head; }

  push(x) { this.items.push(x); }

  unshift(x) {
    if (this.head > 0) this.items[--this.head] = x;
    else this.items.unshift(x);
  }

  peek() { return this.items[this.head]; }

  shift() {
    const x = this.items[this.head];
    this.items[this.head++] = undefined;
    if (this.head === this.items.length) {
      this.items.length = 0;
      this.head = 0;
    } else if (this.head > 256 && this.head * 2 > this.items.length) {
      this.items = this.items.slice(this.head);
      this.head = 0;
    }
    return x;
  }

  // takeAll empties the queue and returns its items in order.
  takeAll() {
    const out = this.head === 0 ? this.items : this.items.slice(this.head);
    this.items = [];
    this.head = 0;
    return out;
  }

  toArray() { return this.items.slice(this.head); }
}

const encodingNames = {
  utf8: 'utf8', 'utf-8': 'utf8', ucs2: 'utf16le', 'ucs-2': 'utf16le', utf16le: 'utf16le', 'utf-16le': 'utf16le',
  latin1: 'latin1', binary: 'latin1', base64: 'base64', base64url: 'base64url', hex: 'hex', ascii: 'ascii',
};

function canonicalEncoding(enc) {
  const name = encodingNames[enc] || encodingNames[String(enc).toLowerCase()];
  if (name === undefined) throw errors.unknownEncoding(enc);
  return name;
}

function isBufferEncoding(enc) {
  return encodingNames[enc] !== undefined || encodingNames[String(enc).toLowerCase()] !== undefined;
}

// asBuffer turns any ArrayBufferView into a Buffer over the same memory.
function asBuffer(view) {
  const B = bytes();
  if (view instanceof B) return view;
  return B.from(view.buffer, view.byteOffset, view.byteLength);
}

// TextSplitter decodes a byte stream into strings a chunk at a time, holding
// back the bytes of a character (or base64 group) that a chunk cuts in two.
class TextSplitter {
  constructor(encoding) {
    this.encoding = canonicalEncoding(encoding);
    this.rest = null;
  }

  // keep is how many trailing bytes of buf must wait for the next chunk.
  keep(buf) {
    const n = buf.length;
    switch (this.encoding) {
      case 'utf8':
        for (let i = n - 1; i >= 0 && i >= n - 4; i--) {
          const b = buf[i];
          if ((b & 0xc0) === 0x80) continue;
          const need = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : b >= 0xc0 ? 2 : 1;
          return n - i < need ? n - i : 0;
        }
        return 0;
      case 'utf16le': {
        // An odd byte waits, and so does a high surrogate before it.
        const odd = n % 2;
        const hi = n - odd >= 2 ? buf[n - odd - 1] : 0;
        return odd + (hi >= 0xd8 && hi <= 0xdb ? 2 : 0);
      }
      case 'base64':
      case 'base64url':
        return n % 3;
      default:
        return 0;
    }
  }

  write(chunk) {
    const B = bytes();
    let buf = typeof chunk === 'string' ? B.from(chunk) : asBuffer(chunk);
    if (this.rest !== null) {
      buf = B.concat([this.rest, buf]);
      this.rest = null;
    }
    const k = this.keep(buf);
    if (k > 0) {
      this.rest = B.from(buf.subarray(buf.length - k));
      buf = buf.subarray(0, buf.length - k);
    }
    return buf.toString(this.encoding);
  }

  end() {
    const rest = this.rest;
    this.rest = null;
    if (rest === null) return '';
    return this.encoding === 'utf8' ? '\ufffd' : rest.toString(this.encoding);
  }
}

let defaultByteHwm = 16 * 1024;
let defaultObjectHwm = 16;

function getDefaultHighWaterMark(objectMode) {
  return objectMode ? defaultObjectHwm : defaultByteHwm;
}

function setDefaultHighWaterMark(objectMode, value) {
  if (typeof value !== 'number') throw errors.argType('value', 'of type number', value);
  if (!Number.isInteger(value)) throw errors.outOfRange('value', 'an integer', value);
  if (value < 0) throw errors.outOfRange('value', '>= 0 && <= 9007199254740991', value);
  if (objectMode) defaultObjectHwm = value;
  else defaultByteHwm = value;
}

// highWaterMarkOf reads a side's limit: highWaterMark wins, a Duplex may
// give each side its own (readableHighWaterMark / writableHighWaterMark).
function highWaterMarkOf(options, sideKey, isDuplex, objectMode) {
  let name = 'highWaterMark';
  let value = options ? options.highWaterMark : undefined;
  if (value == null && isDuplex && options) {
    name = sideKey;
    value = options[sideKey];
  }
  if (value == null) return getDefaultHighWaterMark(objectMode);
  const n = Math.floor(value);
  if (!Number.isInteger(n) || n < 0) throw errors.invalidValue('options.' + name, value);
  return n;
}

// ---------------------------------------------------------------------------
// The legacy Stream: an EventEmitter with the old-style pipe.

function Stream(options) {
  EventEmitter.call(this, options);
}
Object.setPrototypeOf(Stream.prototype, EventEmitter.prototype);
Object.setPrototypeOf(Stream, EventEmitter);

function prependListener(emitter, event, fn) {
  if (typeof emitter.prependListener === 'function') {
    emitter.prependListener(event, fn);
  } else {
    // An emitter from before prependListener: put fn first by hand.
    const events = emitter._events;
    if (events && Array.isArray(events[event])) events[event].unshift(fn);
    else if (events && events[event]) events[event] = [fn, events[event]];
    else emitter.on(event, fn);
  }
}

// Old-style streams emit 'data' and 'end' by themselves. Their pipe
// forwards both, pausing the source while the destination is full, and
// unhooks everything at the first end, close or error.
Stream.prototype.pipe = function pipe(dest, options) {
  const source = this;
  const hooks = [];
  const hook = (emitter, event, fn, first) => {
    if (first) prependListener(emitter, event, fn);
    else emitter.on(event, fn);
    hooks.push([emitter, event, fn]);
  };
  const unhook = () => {
    for (const [emitter, event, fn] of hooks) emitter.removeListener(event, fn);
    hooks.length = 0;
  };
  let forwardedEnd = false;

  hook(source, 'data', (chunk) => {
    if (dest.writable && dest.write(chunk) === false && typeof source.pause === 'function') source.pause();
  });
  hook(dest, 'drain', () => {
    if (source.readable && typeof source.resume === 'function') source.resume();
  });
  if (!dest._isStdio && (!options || options.end !== false)) {
    hook(source, 'end', () => {
      if (forwardedEnd) return;
      forwardedEnd = true;
      dest.end();
    });
    hook(source, 'close', () => {
      if (forwardedEnd) return;
      forwardedEnd = true;
      if (typeof dest.destroy === 'function') dest.destroy();
    });
  }
  // An error unhooks; it is re-emitted when nobody else listens for it.
  const onError = function(err) {
    unhook();
    if (EventEmitter.listenerCount(this, 'error') === 0) this.emit('error', err);
  };
  hook(source, 'error', onError, true);
  hook(dest, 'error', onError, true);
  hook(source, 'end', unhook);
  hook(source, 'close', unhook);
  hook(dest, 'close', unhook);
  dest.emit('pipe', source);
  return dest;
};

// ---------------------------------------------------------------------------
// Life: what the sides of a stream share, and teardown.

// How far a stream's teardown has gone, in order.
const LIVE = 0; // in use
const DESTROYING = 1; // destroy() was called; _destroy has not called back
const CLOSED = 2; // _destroy called back; 'close' is on its way
const GONE = 3; // 'close' was emitted (or would have been, without emitClose)

class Life {
  constructor(options) {
    this.stage = LIVE;
    this.error = null; // the first error the stream ran into
    this.errorEmitted = false;
    this.building = false; // _construct has not called back yet
    this.onBuilt = null; // a destroy() waiting for _construct
    this.autoDestroy = !options || options.autoDestroy !== false;
    this.emitClose = !options || options.emitClose !== false;
  }

  get destroyed() { return this.stage >= DESTROYING; }
  get closed() { return this.stage >= CLOSED; }
  get closeEmitted() { return this.stage === GONE; }

  noteError(err) {
    if (err && this.error === null) this.error = err;
  }
}

function lifeOf(stream) {
  return stream[kLife];
}

// tearDown is destroy(err, cb) for every kind of stream. The stream counts
// as destroyed at once and _destroy runs (after _construct has called
// back, if it has not yet); 'error' and 'close' follow on one nextTick.
function tearDown(stream, err, cb) {
  const life = lifeOf(stream);
  if (life.stage >= DESTROYING) {
    if (typeof cb === 'function') cb();
    return stream;
  }
  life.noteError(err);
  life.stage = DESTROYING;
  const ws = stream._writableState;
  if (ws && (ws.waiting.size > 0 || ws.endWaiters.length > 0)) later(failQueuedWrites, ws);
  if (life.building) life.onBuilt = () => callDestroy(stream, err, cb);
  else callDestroy(stream, err, cb);
  return stream;
}

function callDestroy(stream, err, cb) {
  const life = lifeOf(stream);
  let answered = false;
  const done = (e) => {
    if (answered) {
      reportFailure(stream, errors.multipleCallback());
      return;
    }
    answered = true;
    life.noteError(e);
    life.stage = CLOSED;
    if (typeof cb === 'function') cb(e);
    later(e ? emitErrorThenClose : emitClose, stream, e);
  };
  try {
    stream._destroy(err || null, done);
  } catch (e) {
    done(e);
  }
}

function emitErrorOnce(stream, err) {
  const life = lifeOf(stream);
  if (life.errorEmitted) return;
  life.errorEmitted = true;
  stream.emit('error', err);
}

function emitClose(stream) {
  const life = lifeOf(stream);
  life.stage = GONE;
  const rs = stream._readableState;
  const ws = stream._writableState;
  if (rs instanceof ReadSide) rs.chunks.gauge.close();
  if (ws instanceof WriteSide && ws.gauge !== null) ws.gauge.close();
  if (life.emitClose) stream.emit('close');
}

function emitErrorThenClose(stream, err) {
  emitErrorOnce(stream, err);
  emitClose(stream);
}

// reportFailure handles an error the machinery ran into: with autoDestroy
// the stream is destroyed with it, otherwise it is recorded and emitted
// (on a nextTick when we are inside the call that failed).
function reportFailure(stream, err, sync) {
  const life = lifeOf(stream);
  if (life.stage >= DESTROYING) return;
  if (life.autoDestroy) {
    stream.destroy(err);
    return;
  }
  if (!err) return;
  life.noteError(err);
  if (sync) later(emitErrorOnce, stream, err);
  else emitErrorOnce(stream, err);
}

// build runs _construct on a nextTick after the constructor. Reads and
// writes wait for its callback, whose effects come a tick later still.
function build(stream) {
  if (typeof stream._construct !== 'function') return;
  lifeOf(stream).building = true;
  later(runConstruct, stream);
}

function runConstruct(stream) {
  let answered = false;
  const done = (err) => {
    if (answered) {
      reportFailure(stream, err || errors.multipleCallback());
      return;
    }
    answered = true;
    later(constructDone, stream, err);
  };
  try {
    stream._construct(done);
  } catch (err) {
    done(err);
  }
}

function constructDone(stream, err) {
  const life = lifeOf(stream);
  life.building = false;
  if (life.onBuilt !== null) {
    const pendingDestroy = life.onBuilt;
    life.onBuilt = null;
    life.noteError(err);
    pendingDestroy();
  } else if (err) {
    reportFailure(stream, err, true);
  } else {
    const rs = stream._readableState;
    if (rs && rs.wantsReadable) rs.requestFill();
    const ws = stream._writableState;
    if (ws) {
      ws.release();
      ws.advance();
    }
  }
}

function defaultDestroy(err, cb) {
  cb(err);
}

// undestroy brings a destroyed stream back to its initial state.
function undestroy() {
  const life = lifeOf(this);
  life.stage = LIVE;
  life.error = null;
  life.errorEmitted = false;
  life.building = false;
  const rs = this._readableState;
  if (rs && rs.enabled) rs.phase = R_OPEN;
  const ws = this._writableState;
  if (ws && ws.enabled) {
    ws.phase = W_OPEN;
    ws.finalStage = F_NONE;
  }
}

// ---------------------------------------------------------------------------
// Small helpers shared by both sides.

let BufferClass = null;
// bytes returns the Buffer class; only byte-mode code calls it.
function bytes() {
  if (BufferClass === null) BufferClass = Buffer;
  return BufferClass;
}

function isBufferValue(x) {
  return ArrayBuffer.isView(x) && x instanceof bytes();
}

// Pipe destinations need not be EventEmitters (process.stdout here is not).
function listen(emitter, event, fn) {
  if (emitter && typeof emitter.on === 'function') emitter.on(event, fn);
}

function listenOnce(emitter, event, fn) {
  if (emitter && typeof emitter.once === 'function') emitter.once(event, fn);
}

function unlisten(emitter, event, fn) {
  if (emitter && typeof emitter.removeListener === 'function') emitter.removeListener(event, fn);
}

function emitIfCan(emitter, event, a, b) {
  if (emitter && typeof emitter.emit === 'function') emitter.emit(event, a, b);
}

const chunkTypes = 'of type string or an instance of Buffer, TypedArray, or DataView';

function defineAccessors(proto, accessors) {
  for (const name of Object.keys(accessors)) {
    const a = accessors[name];
    const desc = typeof a === 'function' ? { get: a } : a;
    Object.defineProperty(proto, name, { ...desc, enumerable: false, configurable: true });
  }
}

function lifeAccessors() {
  return {
    destroyed: {
      get() {
        const life = this[kLife];
        return life ? life.stage >= DESTROYING : false;
      },
      set(v) {
        const life = this[kLife];
        if (!life) return;
        if (v && life.stage === LIVE) life.stage = DESTROYING;
        else if (!v) life.stage = LIVE;
      },
    },
    closed() {
      const life = this[kLife];
      return life ? life.stage >= CLOSED : false;
    },
    errored() {
      const life = this[kLife];
      return life ? life.error : null;
    },
  };
}

// ---------------------------------------------------------------------------
// Readable

// A readable side's phases, in order.
const R_OPEN = 0; // more may be pushed
const R_EOF = 1; // push(null) was seen; what is queued can still be read
const R_ENDED = 2; // 'end' was emitted

// Flow modes, which programs see as readableFlowing null / true / false.
const UNSET = 0;
const FLOWING = 1;
const PAUSED = 2;

// Jobs a ReadSide queues on nextTicks (bits of its `jobs`).
const JOB_START = 1; // after resume(): a first read, 'resume', then flow
const JOB_FILL = 2; // read ahead up to the high-water mark
const JOB_END = 4; // emit 'end'

// Gauge puts one side's buffer on the trace as a stream entry whose level
// follows every change, against the side's high-water mark: what a student
// watches to see backpressure happen. The entry is made when the buffer first
// holds something (most streams never buffer, and stay off the trace) and
// closed with the stream. A subclass that reports a side itself (a socket's
// write buffer, an HTTP message's) sets _ownsWriteGauge on its prototype.
class Gauge {
  constructor(stream, which, highWaterMark) {
    this.stream = stream;
    this.which = which; // 'read' or 'write'
    this.highWaterMark = highWaterMark;
    this.id = 0;
  }

  set(level) {
    if (this.id < 0) return;
    if (this.id === 0) {
      if (level === 0) return;
      this.id = internal.openStream(`${this.which} buffer of ${streamName(this.stream)}`,
        `created as ${streamName(this.stream)}`, this.highWaterMark);
    }
    internal.bufferLevel(this.id, level);
  }

  close() {
    if (this.id > 0) internal.closeStream(this.id);
    this.id = -1;
  }
}

// streamName names a stream on the trace: its class, and the file of a file
// stream.
function streamName(stream) {
  const ctor = stream.constructor;
  const name = typeof ctor === 'function' && ctor.name ? ctor.name : 'Stream';
  const path = stream.path;
  if (typeof path !== 'string') return name;
  return `${name}(${path.slice(path.lastIndexOf('/') + 1)})`;
}

// ChunkQueue is a readable side's buffer; `units` counts bytes (characters
// once decoded) or, in object mode, objects.
class ChunkQueue extends Fifo {
  constructor(objectMode) {
    super();
    this.objectMode = objectMode;
    this.units = 0;
    this.gauge = null; // set by the ReadSide
  }

  add(chunk, atFront) {
    this.units += this.objectMode ? 1 : chunk.length;
    if (atFront) this.unshift(chunk);
    else this.push(chunk);
    this.gauge.set(this.units);
  }

  firstSize() {
    return this.objectMode ? 1 : this.items[this.head].length;
  }

  // take removes n units: one object in object mode, else n bytes or
  // characters, joined across chunks when needed.
  take(n) {
    if (this.size === 0) return null;
    if (this.objectMode) {
      this.units--;
      this.gauge.set(this.units);
      return this.shift();
    }
    let out;
    if (n >= this.units) {
      if (this.size === 1) out = this.shift();
      else if (typeof this.peek() === 'string') out = this.takeAll().join('');
      else out = bytes().concat(this.takeAll(), this.units);
    } else {
      out = this.split(n);
    }
    this.units -= out.length;
    this.gauge.set(this.units);
    return out;
  }

  // split takes the first n units when that is less than everything queued.
  split(n) {
    const first = this.peek();
    const text = typeof first === 'string';
    if (n < first.length) {
      this.items[this.head] = text ? first.slice(n) : first.subarray(n);
      return text ? first.slice(0, n) : first.subarray(0, n);
    }
    if (n === first.length) return this.shift();
    const parts = [];
    let left = n;
    while (left > 0) {
      const c = this.peek();
      if (c.length <= left) {
        parts.push(c);
        left -= c.length;
        this.shift();
      } else {
        parts.push(text ? c.slice(0, left) : c.subarray(0, left));
        this.items[this.head] = text ? c.slice(left) : c.subarray(left);
        left = 0;
      }
    }
    return text ? parts.join('') : bytes().concat(parts, n);
  }

  // replaceWith swaps the whole content for one string (setEncoding).
  replaceWith(text) {
    this.takeAll();
    this.units = text.length;
    if (text.length > 0) this.push(text);
    this.gauge.set(this.units);
  }
}

// ReadSide is a stream's reading state and behaviour (_readableState).
class ReadSide {
  constructor(owner, options, isDuplex) {
    const o = options || {};
    this.owner = owner;
    this.life = owner[kLife];
    this.objectMode = !!(o.objectMode || (isDuplex && o.readableObjectMode));
    this.highWaterMark = highWaterMarkOf(o, 'readableHighWaterMark', isDuplex, this.objectMode);
    this.chunks = new ChunkQueue(this.objectMode);
    this.chunks.gauge = new Gauge(owner, 'read', this.highWaterMark);
    this.pipes = [];
    // drainWaits: the pipe destinations we wait on for 'drain' (a Set, made
    // when first needed). Once the source has had several destinations it
    // counts as waiting even with the set empty, until a pause with a single
    // destination again: manyPipes says which applies.
    this.drainWaits = null;
    this.manyPipes = false;
    this.enabled = true; // false for a Duplex made with readable: false
    this.phase = R_OPEN;
    this.mode = UNSET;
    this.lastCall = null; // 'pause' or 'resume', whichever was called last
    this.awaitingPush = false; // _read was called and has not pushed yet
    // holdDelivery: a push goes to the queue rather than straight out as
    // 'data', and news of the end waits for a tick. It holds until the first
    // _read call and during each _read call.
    this.holdDelivery = true;
    this.wantsReadable = false; // a consumer is waiting for 'readable'
    // readableLatch: a 'readable' is queued, or was emitted with no read
    // since; no other is queued until then.
    this.readableLatch = false;
    this.readableListeners = false; // 'readable' listeners take over from 'data'
    this.jobs = 0;
    this.touched = false; // data was handed out
    this.defaultEncoding = o.defaultEncoding || 'utf8';
    this.decoder = null;
    this.encoding = null;
    if (o.encoding) this.setDecoder(o.encoding);
  }

  // Names programs know from Node's state object.
  get length() { return this.chunks.units; }
  get flowing() { return this.mode === UNSET ? null : this.mode === FLOWING; }
  get ended() { return this.phase !== R_OPEN; }
  get endEmitted() { return this.phase === R_ENDED; }
  get reading() { return this.awaitingPush; }
  get buffer() { return this.chunks.toArray(); }
  get readable() { return this.enabled; }

  setDecoder(encoding) {
    this.decoder = new TextSplitter(encoding);
    this.encoding = this.decoder.encoding;
  }

  // queueJob queues fn(this) on a nextTick unless the job `bit` stands for
  // is queued already; the job clears its bit when it is done with it.
  queueJob(bit, fn) {
    if (this.jobs & bit) return;
    this.jobs |= bit;
    later(fn, this);
  }

  // accept takes what push() (atFront false) and unshift() are given and
  // says whether the producer may go on.
  accept(chunk, encoding, atFront) {
    const stream = this.owner;
    const life = this.life;
    if (chunk === null) {
      this.awaitingPush = false;
      this.markEOF();
      return false;
    }
    // raw: bytes that the decoder (after setEncoding) has not seen yet.
    let raw = !encoding;
    if (!this.objectMode) {
      if (typeof chunk === 'string') {
        const enc = encoding || this.defaultEncoding;
        if (enc === this.encoding) {
          raw = false;
        } else if (atFront && this.encoding) {
          chunk = bytes().from(chunk, enc).toString(this.encoding);
          raw = false;
        } else {
          chunk = bytes().from(chunk, enc);
          raw = true;
        }
      } else if (ArrayBuffer.isView(chunk)) {
        chunk = asBuffer(chunk);
        raw = true;
      } else if (chunk !== undefined) {
        reportFailure(stream, errors.argType('chunk', chunkTypes, chunk));
        return false;
      }
      if (chunk === undefined || chunk.length === 0) {
        // Nothing to add, but a push still answers the pending _read.
        if (!atFront) {
          this.awaitingPush = false;
          this.requestFill();
        }
        return this.hasRoom();
      }
    }
    if (atFront) {
      if (this.phase === R_ENDED) {
        reportFailure(stream, errors.unshiftAfterEnd());
        return false;
      }
      if (life.stage >= DESTROYING || life.error) return false;
      this.deliver(chunk, true);
      return this.hasRoom();
    }
    if (this.phase !== R_OPEN) {
      reportFailure(stream, errors.pushAfterEOF());
      return false;
    }
    if (life.stage >= DESTROYING || life.error) return false;
    this.awaitingPush = false;
    if (this.decoder !== null && raw) {
      chunk = this.decoder.write(chunk);
      if (!this.objectMode && chunk.length === 0) {
        this.requestFill();
        return this.hasRoom();
      }
    }
    this.deliver(chunk, false);
    return this.hasRoom();
  }

  hasRoom() {
    return this.phase === R_OPEN && (this.chunks.units < this.highWaterMark || this.chunks.units === 0);
  }

  // deliver hands a chunk straight out as 'data' when the stream flows with
  // nothing queued ahead of it, and queues it otherwise.
  deliver(chunk, atFront) {
    const stream = this.owner;
    if (this.mode === FLOWING && this.chunks.units === 0 && !this.holdDelivery && stream.listenerCount('data') > 0) {
      if (this.drainWaits !== null) this.drainWaits.clear();
      this.touched = true;
      stream.emit('data', chunk);
    } else {
      this.chunks.add(chunk, atFront);
      if (this.wantsReadable) this.signalReadable();
    }
    this.requestFill();
  }

  // markEOF handles push(null): outside _read the news goes out at once,
  // inside it (or before the first _read) on a tick.
  markEOF() {
    if (this.phase !== R_OPEN) return;
    if (this.decoder !== null) {
      const tail = this.decoder.end();
      if (tail.length > 0) this.chunks.add(tail, false);
    }
    this.phase = R_EOF;
    if (this.holdDelivery) {
      this.signalReadable();
    } else {
      this.wantsReadable = false;
      this.readableLatch = true;
      this.announce();
    }
  }

  signalReadable() {
    this.wantsReadable = false;
    if (!this.readableLatch) {
      this.readableLatch = true;
      later(announceReadable, this);
    }
  }

  // announce emits 'readable' (if there is anything to say) and lets a
  // flowing stream flow.
  announce() {
    const stream = this.owner;
    const life = this.life;
    if (life.stage < DESTROYING && !life.error && (this.chunks.units > 0 || this.phase !== R_OPEN)) {
      stream.emit('readable');
      this.readableLatch = false;
    }
    // A paused side with room left wants the next 'readable' too; otherwise
    // the flag stays as it was.
    if (this.mode !== FLOWING && this.phase === R_OPEN && this.chunks.units <= this.highWaterMark) {
      this.wantsReadable = true;
    }
    this.flow();
  }

  flow() {
    const stream = this.owner;
    while (this.mode === FLOWING && stream.read() !== null);
  }

  // requestFill queues the read-ahead job.
  requestFill() {
    if (!this.life.building) this.queueJob(JOB_FILL, readAhead);
  }

  // fill reads ahead (through read(0)) while the queue is below the
  // high-water mark, or empty while flowing; it stops as soon as _read
  // answers asynchronously or adds nothing.
  fill() {
    const stream = this.owner;
    while (!this.awaitingPush && this.phase === R_OPEN &&
        (this.chunks.units < this.highWaterMark || (this.mode === FLOWING && this.chunks.units === 0))) {
      const before = this.chunks.units;
      stream.read(0);
      if (before === this.chunks.units) break;
    }
    this.jobs &= ~JOB_FILL;
  }

  // start runs after resume(): a first read, then 'resume', then the flow.
  start() {
    const stream = this.owner;
    if (!this.awaitingPush) stream.read(0);
    this.jobs &= ~JOB_START;
    stream.emit('resume');
    this.flow();
    if (this.mode === FLOWING && !this.awaitingPush) stream.read(0);
  }

  scheduleEnd() {
    if (this.phase !== R_ENDED) this.queueJob(JOB_END, emitEnd);
  }

  // finishReading emits 'end' once the queue is empty; then a Duplex that
  // may not stay half open ends its writable side, and autoDestroy tears
  // the stream down once both sides are done.
  finishReading() {
    this.jobs &= ~JOB_END;
    const stream = this.owner;
    const life = this.life;
    if (life.error || life.stage === GONE || this.phase === R_ENDED || this.chunks.units !== 0) return;
    this.phase = R_ENDED;
    stream.emit('end');
    const ws = stream._writableState;
    if (ws && !stream.allowHalfOpen && stream.writable) later(endWritableSide, stream);
    else if (life.autoDestroy && (!ws || !ws.enabled || ws.phase === W_FINISHED)) stream.destroy();
  }

  // available is how much a read asking for n can hand out now (0: wait).
  available(n) {
    const units = this.chunks.units;
    if (n <= 0 || (units === 0 && this.phase !== R_OPEN)) return 0;
    if (this.objectMode) return 1;
    if (Number.isNaN(n)) return this.mode === FLOWING && units > 0 ? this.chunks.firstSize() : units;
    if (n <= units) return n;
    return this.phase !== R_OPEN ? units : 0;
  }

  mayPull(life) {
    return this.phase === R_OPEN && !this.awaitingPush && life.stage < DESTROYING && !life.error && !life.building;
  }

  // pull calls _read; pushes made during the call are queued, not emitted.
  pull() {
    const stream = this.owner;
    this.awaitingPush = true;
    this.holdDelivery = true;
    if (this.chunks.units === 0) this.wantsReadable = true;
    try {
      stream._read(this.highWaterMark);
    } catch (err) {
      reportFailure(stream, err);
    }
    this.holdDelivery = false;
  }

  // poke is read(0): it asks for data without taking any, and tells a
  // waiting 'readable' consumer (or 'end') when there is something to say.
  poke() {
    const life = this.life;
    const units = this.chunks.units;
    const ready = this.phase !== R_OPEN || (this.highWaterMark !== 0 ? units >= this.highWaterMark : units > 0);
    if (this.wantsReadable && ready) {
      if (units === 0 && this.phase !== R_OPEN) this.scheduleEnd();
      else this.signalReadable();
      return null;
    }
    if (this.phase !== R_OPEN) {
      if (units === 0) this.scheduleEnd();
      return null;
    }
    if (this.mayPull(life) && (this.wantsReadable || units < this.highWaterMark || units === 0)) this.pull();
    this.wantsReadable = this.chunks.units <= this.highWaterMark;
    return null;
  }

  // consume is read(n) for n other than 0 (NaN: "whatever is there"). It
  // tops the queue up through _read when what stays would fall below the
  // high-water mark, then hands out what it can as 'data'.
  consume(n) {
    const stream = this.owner;
    const life = this.life;
    this.readableLatch = false;
    let amount = this.available(n);
    if (amount === 0 && this.phase !== R_OPEN) {
      if (this.chunks.units === 0) this.scheduleEnd();
      return null;
    }
    const units = this.chunks.units;
    if (this.mayPull(life) && (this.wantsReadable || units === 0 || units - amount < this.highWaterMark)) {
      this.pull();
      // A synchronous push may have made more available.
      if (!this.awaitingPush) amount = this.available(n);
    }
    const chunk = amount > 0 ? this.chunks.take(amount) : null;
    if (chunk === null) this.wantsReadable = this.chunks.units <= this.highWaterMark;
    else if (this.drainWaits !== null) this.drainWaits.clear();
    if (this.chunks.units === 0) {
      if (this.phase === R_OPEN) this.wantsReadable = true;
      else if (chunk === null || amount !== n) this.scheduleEnd();
    }
    if (chunk !== null && !life.errorEmitted && life.stage !== GONE) {
      this.touched = true;
      stream.emit('data', chunk);
    }
    return chunk;
  }

  // relisten runs a tick after 'readable' listeners were removed: with none
  // left the stream goes back to 'data' mode, or to not flowing at all.
  relisten() {
    const stream = this.owner;
    this.readableListeners = stream.listenerCount('readable') > 0;
    if ((this.jobs & JOB_START) && this.lastCall === 'resume') this.mode = FLOWING;
    else if (stream.listenerCount('data') > 0) stream.resume();
    else if (!this.readableListeners) this.mode = UNSET;
  }
}

// The read side's jobs, named for the trace.
function startFlowing(side) {
  side.start();
}

function readAhead(side) {
  side.fill();
}

function emitEnd(side) {
  side.finishReading();
}

function announceReadable(side) {
  side.announce();
}

function recheckReadableListeners(side) {
  side.relisten();
}

function endWritableSide(stream) {
  stream.end();
}

function readZero(stream) {
  stream.read(0);
}

// raiseLimit: asking for more than the high-water mark raises it to the next
// power of two.
function raiseLimit(n) {
  if (n > 0x40000000) throw errors.outOfRange('size', '<= 1GiB', n);
  let limit = 1;
  while (limit < n) limit *= 2;
  return limit;
}

function Readable(options) {
  if (!(this instanceof Readable)) return new Readable(options);
  Stream.call(this, options);
  setUpReading(this, options, false);
  setUpDone(this, options);
}
Object.setPrototypeOf(Readable.prototype, Stream.prototype);
Object.setPrototypeOf(Readable, Stream);

function setUpReading(stream, options, isDuplex) {
  if (!stream[kLife]) stream[kLife] = new Life(options);
  stream._readableState = new ReadSide(stream, options, isDuplex);
  if (options) {
    if (typeof options.read === 'function') stream._read = options.read;
    if (typeof options.destroy === 'function') stream._destroy = options.destroy;
    if (typeof options.construct === 'function') stream._construct = options.construct;
  }
}

function setUpDone(stream, options) {
  if (options && options.signal !== undefined) addAbortSignal(options.signal, stream);
  build(stream);
}

Readable.prototype._read = function _read() {
  throw errors.notImplemented('_read()');
};

Readable.prototype.push = function push(chunk, encoding) {
  return this._readableState.accept(chunk, encoding, false);
};

Readable.prototype.unshift = function unshift(chunk, encoding) {
  return this._readableState.accept(chunk, encoding, true);
};

Readable.prototype.read = function read(n) {
  const side = this._readableState;
  const size = n === undefined ? NaN : Number.isInteger(n) ? n : Number.parseInt(n, 10);
  if (size > side.highWaterMark) side.highWaterMark = raiseLimit(size);
  return size === 0 ? side.poke() : side.consume(size);
};

Readable.prototype.on = function on(event, fn) {
  const res = Stream.prototype.on.call(this, event, fn);
  const side = this._readableState;
  if (event === 'data') {
    // A 'data' listener starts the flow unless pause() said otherwise.
    side.readableListeners = this.listenerCount('readable') > 0;
    if (side.mode !== PAUSED) this.resume();
  } else if (event === 'readable' && side.phase !== R_ENDED && !side.readableListeners) {
    // The first 'readable' listener switches to pull mode.
    side.readableListeners = true;
    side.wantsReadable = true;
    side.mode = PAUSED;
    side.readableLatch = false;
    if (side.chunks.units > 0) side.signalReadable();
    else if (!side.awaitingPush) later(readZero, this);
  }
  return res;
};
Readable.prototype.addListener = Readable.prototype.on;

Readable.prototype.removeListener = function removeListener(event, fn) {
  const res = Stream.prototype.removeListener.call(this, event, fn);
  if (event === 'readable') later(recheckReadableListeners, this._readableState);
  return res;
};
Readable.prototype.off = Readable.prototype.removeListener;

Readable.prototype.removeAllListeners = function removeAllListeners(event) {
  const res = Stream.prototype.removeAllListeners.apply(this, arguments);
  if (event === 'readable' || event === undefined) later(recheckReadableListeners, this._readableState);
  return res;
};

Readable.prototype.resume = function resume() {
  const side = this._readableState;
  if (side.mode !== FLOWING) {
    // With 'readable' listeners resume() only reads ahead; it does not flow.
    side.mode = side.readableListeners ? PAUSED : FLOWING;
    side.queueJob(JOB_START, startFlowing);
  }
  side.lastCall = 'resume';
  return this;
};

Readable.prototype.pause = function pause() {
  const side = this._readableState;
  if (side.mode !== PAUSED) {
    side.mode = PAUSED;
    this.emit('pause');
  }
  side.lastCall = 'pause';
  return this;
};

Readable.prototype.isPaused = function isPaused() {
  const side = this._readableState;
  return side.lastCall === 'pause' || side.mode === PAUSED;
};

Readable.prototype.setEncoding = function setEncoding(encoding) {
  const side = this._readableState;
  side.setDecoder(encoding === undefined ? 'utf8' : encoding);
  // What is already queued is decoded now.
  let text = '';
  for (const c of side.chunks.toArray()) text += typeof c === 'string' ? c : side.decoder.write(c);
  side.chunks.replaceWith(text);
  return this;
};

// wrap makes an old-style stream (one that emits 'data' by itself) this
// Readable's source.
Readable.prototype.wrap = function wrap(old) {
  let paused = false;
  old.on('data', (chunk) => {
    if (!this.push(chunk) && typeof old.pause === 'function') {
      paused = true;
      old.pause();
    }
  });
  old.on('end', () => this.push(null));
  old.on('error', (err) => reportFailure(this, err));
  old.on('close', () => this.destroy());
  old.on('destroy', () => this.destroy());
  this._read = () => {
    if (paused && typeof old.resume === 'function') {
      paused = false;
      old.resume();
    }
  };
  for (const key of Object.keys(old)) {
    if (this[key] === undefined && typeof old[key] === 'function') this[key] = old[key].bind(old);
  }
  return this;
};

Readable.prototype.destroy = function destroy(err, cb) {
  return tearDown(this, err, cb);
};
Readable.prototype._destroy = defaultDestroy;
Readable.prototype._undestroy = undestroy;
Readable.prototype[kRejection] = function(err) {
  this.destroy(err);
};

defineAccessors(Readable.prototype, {
  ...lifeAccessors(),
  readable: {
    get() {
      const side = this._readableState;
      const life = this[kLife];
      return !!side && side.enabled && life.stage < DESTROYING && !life.errorEmitted && side.phase !== R_ENDED;
    },
    set(v) {
      if (this._readableState) this._readableState.enabled = !!v;
    },
  },
  readableDidRead() { return this._readableState.touched; },
  readableAborted() {
    const side = this._readableState;
    const life = this[kLife];
    return side.enabled && (life.stage >= DESTROYING || !!life.error) && side.phase !== R_ENDED;
  },
  readableHighWaterMark() { return this._readableState.highWaterMark; },
  readableBuffer() { return this._readableState && this._readableState.chunks.toArray(); },
  readableFlowing: {
    get() { return this._readableState.flowing; },
    set(v) {
      const side = this._readableState;
      if (side) side.mode = v === null || v === undefined ? UNSET : v ? FLOWING : PAUSED;
    },
  },
  readableLength() { return this._readableState.chunks.units; },
  readableObjectMode() { return this._readableState ? this._readableState.objectMode : false; },
  readableEncoding() { return this._readableState ? this._readableState.encoding : null; },
  readableEnded() { return this._readableState ? this._readableState.phase === R_ENDED : false; },
});

// ---------------------------------------------------------------------------
// Writable

// A writable side's phases, in order.
const W_OPEN = 0; // writes are accepted
const W_ENDING = 1; // end() was called; 'finish' comes once all is written
const W_FINISHED = 2; // 'finish' was emitted

// Where _final stands.
const F_NONE = 0; // not called (yet)
const F_RUNNING = 1; // called, has not called back
const F_DONE = 2; // called back (or there was none): 'prefinish' was emitted

// WriteSide is a stream's writing state and behaviour (_writableState).
// Writes wait in `waiting` as { chunk, encoding, callback } while another
// is in flight (or the side is corked); `inFlight` marks the one that
// _write or _writev is working on.
class WriteSide {
  constructor(owner, options, isDuplex) {
    const o = options || {};
    this.owner = owner;
    this.life = owner[kLife];
    this.objectMode = !!(o.objectMode || (isDuplex && o.writableObjectMode));
    this.highWaterMark = highWaterMarkOf(o, 'writableHighWaterMark', isDuplex, this.objectMode);
    this.decodeStrings = o.decodeStrings !== false;
    this.defaultEncoding = o.defaultEncoding || 'utf8';
    this.enabled = true; // false for a Duplex made with writable: false
    this.gauge = owner._ownsWriteGauge ? null : new Gauge(owner, 'write', this.highWaterMark);
    this.waiting = new Fifo();
    this.inFlight = false;
    this.flightSize = 0;
    this.flightCallback = null;
    this.flightDirect = false; // it went straight out rather than through `waiting`
    this.inCall = false; // we are inside the _write/_writev call right now
    this.units = 0; // bytes (objects) accepted and not yet acknowledged
    this.corks = 0;
    this.needDrain = false;
    this.phase = W_OPEN;
    this.finalStage = F_NONE;
    this.inFinal = false;
    this.owed = 0; // callbacks still to run: writes, _final, the coming 'finish'
    this.tickAcks = null; // callbacks of synchronous writes waiting for their tick
    this.endWaiters = []; // end() callbacks
    this.releasing = false;
    // ack is the callback every _write and _writev call gets.
    this.ack = (err) => this.acknowledge(err);
  }

  // measure shows the buffer's new level on the trace.
  measure() {
    if (this.gauge !== null) this.gauge.set(this.units);
  }

  // Names programs know from Node's state object.
  get length() { return this.units; }
  get writing() { return this.inFlight; }
  get corked() { return this.corks; }
  get ending() { return this.phase !== W_OPEN; }
  get ended() { return this.phase !== W_OPEN; }
  get finished() { return this.phase === W_FINISHED; }
  get writable() { return this.enabled; }
  get bufferedRequestCount() { return this.waiting.size; }
  getBuffer() { return this.waiting.toArray(); }

  // submit checks and normalises a write, then starts or queues it. It
  // returns write()'s answer, or the error the write was refused with.
  submit(chunk, encoding, cb) {
    const stream = this.owner;
    const life = this.life;
    if (typeof encoding === 'function') {
      cb = encoding;
      encoding = undefined;
    }
    if (typeof cb !== 'function') cb = null;
    if (chunk === null) throw errors.nullValues();
    if (!this.objectMode) {
      if (!encoding) encoding = this.defaultEncoding;
      else if (encoding !== 'buffer' && !isBufferEncoding(encoding)) throw errors.unknownEncoding(encoding);
      if (typeof chunk === 'string') {
        if (this.decodeStrings) {
          chunk = bytes().from(chunk, encoding);
          encoding = 'buffer';
        }
      } else if (ArrayBuffer.isView(chunk)) {
        chunk = asBuffer(chunk);
        encoding = 'buffer';
      } else {
        throw errors.argType('chunk', chunkTypes, chunk);
      }
    }
    const refusal = this.phase !== W_OPEN ? errors.writeAfterEnd() : life.stage >= DESTROYING ? errors.destroyed('write') : null;
    if (refusal !== null) {
      process.nextTick(cb || noop, refusal);
      reportFailure(stream, refusal, true);
      return refusal;
    }
    this.owed++;
    const size = this.objectMode ? 1 : chunk.length;
    this.units += size;
    this.measure();
    if (this.inFlight || this.corks > 0 || life.error || life.building) {
      this.waiting.push({ chunk, encoding, callback: cb });
    } else {
      this.begin(chunk, encoding, cb, size, true, false);
    }
    // What counts is what is still unacknowledged after the call: a chunk
    // written synchronously no longer weighs on the high-water mark.
    const roomLeft = this.units < this.highWaterMark;
    if (!roomLeft) this.needDrain = true;
    return roomLeft && !life.error && life.stage < DESTROYING;
  }

  begin(chunk, encoding, cb, size, direct, batch) {
    const stream = this.owner;
    this.inFlight = true;
    this.flightSize = size;
    this.flightCallback = cb;
    this.flightDirect = direct;
    this.inCall = true;
    if (this.life.stage >= DESTROYING) this.acknowledge(errors.destroyed('write'));
    else if (batch) stream._writev(chunk, this.ack);
    else stream._write(chunk, encoding, this.ack);
    this.inCall = false;
  }

  // acknowledge is the _write/_writev callback. A failure is reported on a
  // tick when it came synchronously; the callbacks of synchronous successes
  // run on a tick too, a run of equal callbacks sharing one.
  acknowledge(err) {
    const stream = this.owner;
    if (!this.inFlight) {
      reportFailure(stream, errors.multipleCallback());
      return;
    }
    const sync = this.inCall;
    const cb = this.flightCallback;
    const direct = this.flightDirect;
    this.inFlight = false;
    this.flightCallback = null;
    this.units -= this.flightSize;
    this.flightSize = 0;
    this.measure();
    if (err) {
      this.life.noteError(err);
      if (sync) later(reportWriteError, this, err, cb);
      else this.writeFailed(err, cb);
      return;
    }
    if (this.waiting.size > 0) this.release();
    if (!sync) {
      this.settle(1, cb);
    } else if (direct && cb === null && !this.objectMode) {
      // A byte-mode write without a callback that went straight out and
      // completed on the spot owes nothing more: no tick for it.
      this.owed--;
    } else if (this.tickAcks !== null && this.tickAcks.callback === cb) {
      this.tickAcks.count++;
    } else {
      this.tickAcks = { callback: cb, count: 1 };
      later(runWriteCallbacks, this, this.tickAcks);
    }
  }

  // settle runs the callbacks of completed writes, 'drain' first when the
  // queue has emptied after write() said no.
  settle(count, cb) {
    const stream = this.owner;
    const life = this.life;
    if (this.phase === W_OPEN && life.stage < DESTROYING && this.units === 0 && this.needDrain) {
      this.needDrain = false;
      stream.emit('drain');
    }
    for (; count > 0; count--) {
      this.owed--;
      if (cb !== null) cb(null);
    }
    if (life.stage >= DESTROYING) this.rejectWaiting();
    this.advance();
  }

  writeFailed(err, cb) {
    this.owed--;
    if (cb !== null) cb(err);
    this.rejectWaiting();
    reportFailure(this.owner, err);
  }

  // rejectWaiting fails the queued writes and the end() callbacks of an
  // errored or destroyed stream (once nothing is in flight).
  rejectWaiting() {
    if (this.inFlight) return;
    const life = this.life;
    for (const req of this.waiting.takeAll()) {
      this.units -= this.objectMode ? 1 : req.chunk.length;
      this.measure();
      this.owed--;
      if (req.callback !== null) req.callback(life.error || errors.destroyed('write'));
    }
    this.callEndWaiters(life.error || errors.destroyed('end'));
  }

  callEndWaiters(err) {
    const waiters = this.endWaiters;
    this.endWaiters = [];
    for (const fn of waiters) fn(err);
  }

  // release starts the queued writes: all at once through _writev when the
  // stream has one, else one by one for as long as they complete
  // synchronously.
  release() {
    const life = this.life;
    if (this.corks > 0 || this.releasing || life.stage >= DESTROYING || life.building || this.waiting.size === 0) return;
    this.releasing = true;
    if (this.waiting.size > 1 && this.owner._writev) {
      const reqs = this.waiting.takeAll();
      this.owed -= reqs.length - 1; // one callback for the batch
      let allBuffers = true;
      let anyCallback = false;
      for (const req of reqs) {
        if (req.encoding !== 'buffer') allBuffers = false;
        if (req.callback !== null) anyCallback = true;
      }
      reqs.allBuffers = allBuffers;
      const callback = anyCallback ? (err) => {
        for (const req of reqs) if (req.callback !== null) req.callback(err);
      } : null;
      this.begin(reqs, '', callback, this.units, false, true);
    } else {
      do {
        const req = this.waiting.shift();
        const size = this.objectMode ? 1 : req.chunk.length;
        this.begin(req.chunk, req.encoding, req.callback, size, false, false);
      } while (this.waiting.size > 0 && !this.inFlight && !life.error);
    }
    this.releasing = false;
  }

  readyToFinish(life) {
    return this.phase === W_ENDING && life.stage < DESTROYING && !life.building && !life.error && !life.errorEmitted &&
      life.stage !== GONE && !this.inFlight && this.units === 0 && this.waiting.size === 0;
  }

  // advance moves an ended side towards 'finish': _final (or 'prefinish')
  // as soon as nothing is in flight, then 'finish' on a nextTick once every
  // write callback has run.
  advance() {
    const stream = this.owner;
    const life = this.life;
    if (!this.readyToFinish(life)) return;
    if (this.finalStage === F_NONE) {
      if (typeof stream._final === 'function') {
        this.callFinal();
      } else {
        this.finalStage = F_DONE;
        stream.emit('prefinish');
      }
    }
    if (this.owed === 0) this.queueFinish();
  }

  callFinal() {
    const stream = this.owner;
    const life = this.life;
    this.finalStage = F_RUNNING;
    this.owed++;
    let answered = false;
    const done = (err) => {
      if (answered) {
        reportFailure(stream, err || errors.multipleCallback());
        return;
      }
      answered = true;
      this.owed--;
      if (err) {
        this.callEndWaiters(err);
        reportFailure(stream, err, this.inFinal);
      } else if (this.readyToFinish(life)) {
        this.finalStage = F_DONE;
        stream.emit('prefinish');
        this.queueFinish();
      }
    };
    this.inFinal = true;
    try {
      stream._final(done);
    } catch (err) {
      done(err);
    }
    this.inFinal = false;
  }

  queueFinish() {
    this.owed++;
    later(emitFinish, this);
  }

  // finish emits 'finish' (the end() callbacks just before it); autoDestroy
  // then tears the stream down once its readable side (if any) has ended.
  finish() {
    this.owed--;
    const stream = this.owner;
    const life = this.life;
    if (!this.readyToFinish(life)) return;
    this.phase = W_FINISHED;
    this.callEndWaiters(null);
    stream.emit('finish');
    if (life.autoDestroy) {
      const rs = stream._readableState;
      if (!rs || !rs.enabled || rs.phase === R_ENDED) stream.destroy();
    }
  }
}

// The write side's jobs, named for the trace.
function runWriteCallbacks(side, batch) {
  side.tickAcks = null;
  side.settle(batch.count, batch.callback);
}

function reportWriteError(side, err, cb) {
  side.writeFailed(err, cb);
}

function failQueuedWrites(side) {
  side.rejectWaiting();
}

function emitFinish(side) {
  side.finish();
}

function Writable(options) {
  if (!(this instanceof Writable)) return new Writable(options);
  Stream.call(this, options);
  setUpWriting(this, options, false);
  setUpDone(this, options);
}
Object.setPrototypeOf(Writable.prototype, Stream.prototype);
Object.setPrototypeOf(Writable, Stream);

// A Duplex counts as a Writable too.
Object.defineProperty(Writable, Symbol.hasInstance, {
  value: function(object) {
    if (Function.prototype[Symbol.hasInstance].call(this, object)) return true;
    if (this !== Writable) return false;
    return !!object && object._writableState instanceof WriteSide;
  },
});

function setUpWriting(stream, options, isDuplex) {
  if (!stream[kLife]) stream[kLife] = new Life(options);
  stream._writableState = new WriteSide(stream, options, isDuplex);
  if (options) {
    if (typeof options.write === 'function') stream._write = options.write;
    if (typeof options.writev === 'function') stream._writev = options.writev;
    if (typeof options.destroy === 'function') stream._destroy = options.destroy;
    if (typeof options.final === 'function') stream._final = options.final;
    if (typeof options.construct === 'function') stream._construct = options.construct;
  }
}

Writable.prototype._write = function _write(chunk, encoding, cb) {
  if (this._writev) this._writev([{ chunk, encoding }], cb);
  else throw errors.notImplemented('_write()');
};
Writable.prototype._writev = null;

Writable.prototype.pipe = function pipe() {
  reportFailure(this, errors.cannotPipe());
};

Writable.prototype.write = function write(chunk, encoding, cb) {
  return this._writableState.submit(chunk, encoding, cb) === true;
};

Writable.prototype.end = function end(chunk, encoding, cb) {
  const side = this._writableState;
  const life = lifeOf(this);
  if (typeof chunk === 'function') {
    cb = chunk;
    chunk = null;
    encoding = null;
  } else if (typeof encoding === 'function') {
    cb = encoding;
    encoding = null;
  }
  let err = null;
  if (chunk !== null && chunk !== undefined) {
    const verdict = side.submit(chunk, encoding, null);
    if (verdict instanceof Error) err = verdict;
  }
  if (side.corks > 0) {
    side.corks = 1;
    this.uncork();
  }
  if (err === null) {
    if (!life.error && side.phase === W_OPEN) {
      side.phase = W_ENDING;
      side.advance();
    } else if (side.phase === W_FINISHED) {
      err = errors.alreadyFinished('end');
    } else if (life.stage >= DESTROYING) {
      err = errors.destroyed('end');
    }
  }
  if (typeof cb === 'function') {
    if (err !== null || side.phase === W_FINISHED) process.nextTick(cb, err);
    else side.endWaiters.push(cb);
  }
  return this;
};

Writable.prototype.cork = function cork() {
  this._writableState.corks++;
};

Writable.prototype.uncork = function uncork() {
  const side = this._writableState;
  if (side.corks > 0) {
    side.corks--;
    if (!side.inFlight) side.release();
  }
};

Writable.prototype.setDefaultEncoding = function setDefaultEncoding(encoding) {
  if (typeof encoding === 'string') encoding = encoding.toLowerCase();
  if (!isBufferEncoding(encoding)) throw errors.unknownEncoding(encoding);
  this._writableState.defaultEncoding = encoding;
  return this;
};

Writable.prototype.destroy = function destroy(err, cb) {
  return tearDown(this, err, cb);
};
Writable.prototype._destroy = defaultDestroy;
Writable.prototype._undestroy = undestroy;
Writable.prototype[kRejection] = function(err) {
  this.destroy(err);
};

defineAccessors(Writable.prototype, {
  ...lifeAccessors(),
  writable: {
    get() {
      const side = this._writableState;
      const life = this[kLife];
      return !!side && side.enabled && life.stage < DESTROYING && !life.error && side.phase === W_OPEN;
    },
    set(v) {
      if (this._writableState) this._writableState.enabled = !!v;
    },
  },
  writableFinished() { return this._writableState ? this._writableState.phase === W_FINISHED : false; },
  writableObjectMode() { return this._writableState ? this._writableState.objectMode : false; },
  writableBuffer() { return this._writableState && this._writableState.waiting.toArray(); },
  writableEnded() { return this._writableState ? this._writableState.phase !== W_OPEN : false; },
  writableNeedDrain() {
    const side = this._writableState;
    return !!side && !this[kLife].destroyed && side.phase === W_OPEN && side.needDrain;
  },
  writableHighWaterMark() { return this._writableState && this._writableState.highWaterMark; },
  writableCorked() { return this._writableState ? this._writableState.corks : 0; },
  writableLength() { return this._writableState && this._writableState.units; },
  writableAborted() {
    const side = this._writableState;
    const life = this[kLife];
    return side.enabled && (life.stage >= DESTROYING || !!life.error) && side.phase !== W_FINISHED;
  },
});

// ---------------------------------------------------------------------------
// Duplex: both sides on one stream, sharing its Life.

function Duplex(options) {
  if (!(this instanceof Duplex)) return new Duplex(options);
  Stream.call(this, options);
  setUpReading(this, options, true);
  setUpWriting(this, options, true);
  this.allowHalfOpen = !options || options.allowHalfOpen !== false;
  if (options && options.readable === false) {
    const rs = this._readableState;
    rs.enabled = false;
    rs.phase = R_ENDED;
  }
  if (options && options.writable === false) {
    const ws = this._writableState;
    ws.enabled = false;
    ws.phase = W_FINISHED;
  }
  setUpDone(this, options);
}
Object.setPrototypeOf(Duplex.prototype, Readable.prototype);
Object.setPrototypeOf(Duplex, Readable);
for (const key of Reflect.ownKeys(Writable.prototype)) {
  // pipe stays the Readable's, and a Duplex has no writableAborted (as in
  // Node 20); the rest of Writable's methods and accessors are copied.
  if (key === 'constructor' || key === 'pipe' || key === 'writableAborted') continue;
  if (Object.prototype.hasOwnProperty.call(Duplex.prototype, key)) continue;
  Object.defineProperty(Duplex.prototype, key, Object.getOwnPropertyDescriptor(Writable.prototype, key));
}

// ---------------------------------------------------------------------------
// Transform and PassThrough: a Duplex whose writes come out of its readable
// side. While the readable side is full, the write's callback is held back
// until the next _read.

function Transform(options) {
  if (!(this instanceof Transform)) return new Transform(options);
  Duplex.call(this, options);
  // A Transform's pushes go out at once from the start.
  this._readableState.holdDelivery = false;
  this[kHeldCallback] = null;
  if (options) {
    if (typeof options.transform === 'function') this._transform = options.transform;
    if (typeof options.flush === 'function') this._flush = options.flush;
  }
  // With a _final of its own, the flush happens on 'prefinish' instead.
  if (this._final !== transformFinal) this.on('prefinish', flushOnPrefinish);
}
Object.setPrototypeOf(Transform.prototype, Duplex.prototype);
Object.setPrototypeOf(Transform, Duplex);

Transform.prototype._transform = function _transform() {
  throw errors.notImplemented('_transform()');
};

Transform.prototype._write = function _write(chunk, encoding, callback) {
  const rs = this._readableState;
  const ws = this._writableState;
  const before = rs.chunks.units;
  this._transform(chunk, encoding, (err, value) => {
    if (err) {
      callback(err);
      return;
    }
    if (value != null) this.push(value);
    if (ws.phase !== W_OPEN || before === rs.chunks.units || rs.chunks.units < rs.highWaterMark) callback();
    else this[kHeldCallback] = callback;
  });
};

Transform.prototype._read = function _read() {
  const held = this[kHeldCallback];
  if (held) {
    this[kHeldCallback] = null;
    held();
  }
};

// runFlush calls _flush, pushes what it gives and ends the readable side.
function runFlush(stream, cb) {
  if (typeof stream._flush === 'function' && !stream.destroyed) {
    stream._flush((err, data) => {
      if (err) {
        if (cb) cb(err);
        else stream.destroy(err);
        return;
      }
      if (data != null) stream.push(data);
      stream.push(null);
      if (cb) cb();
    });
  } else {
    stream.push(null);
    if (cb) cb();
  }
}

function transformFinal(cb) {
  runFlush(this, cb);
}
Transform.prototype._final = transformFinal;

function flushOnPrefinish() {
  if (this._final !== transformFinal) runFlush(this);
}

function PassThrough(options) {
  if (!(this instanceof PassThrough)) return new PassThrough(options);
  Transform.call(this, options);
}
Object.setPrototypeOf(PassThrough.prototype, Transform.prototype);
Object.setPrototypeOf(PassThrough, Transform);

PassThrough.prototype._transform = function _transform(chunk, encoding, cb) {
  cb(null, chunk);
};

// ---------------------------------------------------------------------------
// pipe: a Readable feeding Writables. Each src -> dest connection is a
// PipeLink; the source pauses while any destination is full.

class PipeLink {
  constructor(src, dest, endDest) {
    this.src = src;
    this.dest = dest;
    this.side = src._readableState;
    this.detached = false;
    this.drainHook = null;
    // The listeners, as functions of their own so they can be removed.
    this.onData = (chunk) => {
      if (dest.write(chunk) === false) this.holdForDrain();
    };
    this.onEnd = () => dest.end();
    this.unpipeDest = () => src.unpipe(dest);
    this.onError = (err) => this.destFailed(err);
    this.onClose = () => {
      unlisten(dest, 'finish', this.onFinish);
      this.unpipeDest();
    };
    this.onFinish = () => {
      unlisten(dest, 'close', this.onClose);
      this.unpipeDest();
    };
    this.onUnpipe = (readable, info) => {
      if (readable === src && info && info.hasUnpiped === false) {
        info.hasUnpiped = true;
        this.unhook();
      }
    };
    // At the source's end the destination is ended, or (end: false) let go.
    this.whenEnded = endDest ? this.onEnd : this.unpipeDest;
  }

  attach() {
    const { src, dest, side } = this;
    if (side.phase === R_ENDED) later(this.whenEnded);
    else src.once('end', this.whenEnded);
    listen(dest, 'unpipe', this.onUnpipe);
    src.on('data', this.onData);
    // Ours comes first, so an error unpipes before anyone else hears of it.
    if (dest && typeof dest.on === 'function') prependListener(dest, 'error', this.onError);
    listenOnce(dest, 'close', this.onClose);
    listenOnce(dest, 'finish', this.onFinish);
    emitIfCan(dest, 'pipe', src);
    if (dest.writableNeedDrain === true) this.holdForDrain();
    else if (side.mode !== FLOWING) src.resume();
  }

  // holdForDrain pauses the source until this destination drains.
  holdForDrain() {
    const side = this.side;
    if (!this.detached) {
      if (side.pipes.length === 1 && side.pipes[0] === this.dest) {
        side.manyPipes = false;
        side.drainWaits = new Set([this.dest]);
      } else if (side.pipes.length > 1 && side.pipes.includes(this.dest)) {
        side.drainWaits.add(this.dest);
      }
      this.src.pause();
    }
    if (this.drainHook === null) {
      this.drainHook = () => this.drained();
      listen(this.dest, 'drain', this.drainHook);
    }
  }

  drained() {
    const side = this.side;
    if (side.drainWaits !== null) side.drainWaits.delete(this.dest);
    if ((side.drainWaits === null || side.drainWaits.size === 0) && this.src.listenerCount('data') > 0) this.src.resume();
  }

  // destFailed: the destination errored. We unpipe; with nobody else
  // listening, the error is the destination's to report (and may well be
  // uncaught).
  destFailed(err) {
    const dest = this.dest;
    this.src.unpipe(dest);
    unlisten(dest, 'error', this.onError);
    if (dest.listenerCount('error') === 0) {
      const life = dest[kLife];
      if (life && !life.errorEmitted) reportFailure(dest, err);
      else dest.emit('error', err);
    }
  }

  unhook() {
    const { src, dest, side } = this;
    unlisten(dest, 'close', this.onClose);
    unlisten(dest, 'finish', this.onFinish);
    if (this.drainHook !== null) unlisten(dest, 'drain', this.drainHook);
    unlisten(dest, 'error', this.onError);
    unlisten(dest, 'unpipe', this.onUnpipe);
    src.removeListener('end', this.whenEnded);
    src.removeListener('data', this.onData);
    this.detached = true;
    // Do not leave the source waiting on a 'drain' that will not come.
    const waiting = side.drainWaits !== null && (side.manyPipes || side.drainWaits.size > 0);
    if (this.drainHook !== null && waiting && (!dest._writableState || dest._writableState.needDrain)) {
      this.drained();
    }
  }
}

Readable.prototype.pipe = function pipe(dest, options) {
  const side = this._readableState;
  side.pipes.push(dest);
  if (side.pipes.length > 1 && !side.manyPipes) {
    side.manyPipes = true;
    if (side.drainWaits === null) side.drainWaits = new Set();
  }
  const endDest = (!options || options.end !== false) && dest !== process.stdout && dest !== process.stderr;
  new PipeLink(this, dest, endDest).attach();
  return dest;
};

Readable.prototype.unpipe = function unpipe(dest) {
  const side = this._readableState;
  if (side.pipes.length === 0) return this;
  if (!dest) {
    const dests = side.pipes;
    side.pipes = [];
    this.pause();
    for (const d of dests) emitIfCan(d, 'unpipe', this, { hasUnpiped: false });
    return this;
  }
  const i = side.pipes.indexOf(dest);
  if (i === -1) return this;
  side.pipes.splice(i, 1);
  if (side.pipes.length === 0) this.pause();
  emitIfCan(dest, 'unpipe', this, { hasUnpiped: false });
  return this;
};

// ---------------------------------------------------------------------------
// finished: one callback when a stream is done, failed or closed early.

function isNodeStream(x) {
  return !!x && typeof x === 'object' && (x._readableState !== undefined || x._writableState !== undefined ||
    (typeof x.on === 'function' && (typeof x.pipe === 'function' || typeof x.write === 'function')));
}

function hasReadSide(stream) {
  const rs = stream._readableState;
  if (rs) return rs.enabled;
  return typeof stream.pipe === 'function' && typeof stream.on === 'function' && stream.readable !== false &&
    typeof stream.write !== 'function';
}

function hasWriteSide(stream) {
  const ws = stream._writableState;
  if (ws) return ws.enabled;
  return typeof stream.write === 'function' && typeof stream.on === 'function' && stream.writable !== false;
}

function isReadableNode(x) {
  return isNodeStream(x) && typeof x.pipe === 'function' && (x._readableState ? x._readableState.enabled : typeof x.write !== 'function');
}

function isWritableNode(x) {
  return isNodeStream(x) && typeof x.write === 'function' && typeof x.on === 'function' &&
    (!x._writableState || x._writableState.enabled);
}

function finished(stream, options, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = {};
  } else if (options == null) {
    options = {};
  }
  checkFunction(callback, 'callback');
  if (!isNodeStream(stream)) {
    throw errors.argType('stream', 'an instance of ReadableStream, WritableStream, or Stream', stream);
  }
  const rs = stream._readableState;
  const ws = stream._writableState;
  const life = stream[kLife];
  const readSide = hasReadSide(stream);
  const writeSide = hasWriteSide(stream);
  const watchRead = options.readable !== undefined ? !!options.readable : readSide;
  const watchWrite = options.writable !== undefined ? !!options.writable : writeSide;
  let readDone = !!rs && rs.phase === R_ENDED;
  let writeDone = !!ws && ws.phase === W_FINISHED;

  let answered = false;
  const answer = (err) => {
    if (answered) return;
    answered = true;
    callback.call(stream, err);
  };
  // A stream that is going to emit 'close' is done only then, provided we
  // watch every side it has.
  const closeComing = () => !!life && watchRead === readSide && watchWrite === writeSide &&
    life.autoDestroy && life.emitClose && life.stage < CLOSED;
  const maybeDone = () => {
    if ((!watchRead || readDone) && (!watchWrite || writeDone) && !closeComing()) answer();
  };
  const onEnd = () => {
    readDone = true;
    maybeDone();
  };
  const onFinish = () => {
    writeDone = true;
    maybeDone();
  };
  const onError = (err) => answer(err);
  const onClose = () => {
    // A side that was ended with nothing left pending counts as done.
    const readOver = readDone || (rs ? rs.phase === R_ENDED || (rs.phase === R_EOF && rs.chunks.units === 0) : false);
    const writeOver = writeDone || (ws ? ws.phase === W_FINISHED || (ws.phase === W_ENDING && ws.units === 0) : false);
    if (life && life.error) answer(life.error);
    else if ((watchRead && !readOver) || (watchWrite && !writeOver)) answer(errors.prematureClose());
    else answer();
  };

  stream.on('end', onEnd);
  stream.on('finish', onFinish);
  if (options.error !== false) stream.on('error', onError);
  stream.on('close', onClose);

  // Already over: the answer still comes on a nextTick.
  if (life) {
    if (life.stage === GONE || (life.stage >= CLOSED && !life.emitClose)) later(onClose);
    else if (life.errorEmitted && life.error && !closeComing()) later(answer, life.error);
    else if ((!watchRead || readDone) && (!watchWrite || writeDone) && !closeComing()) later(maybeDone);
  }

  let onAbort = null;
  const cleanup = () => {
    answered = true;
    stream.removeListener('end', onEnd);
    stream.removeListener('finish', onFinish);
    stream.removeListener('error', onError);
    stream.removeListener('close', onClose);
    if (onAbort !== null) options.signal.removeEventListener('abort', onAbort);
  };
  if (options.signal) {
    const signal = options.signal;
    checkSignal(signal, 'options.signal');
    if (signal.aborted) {
      later(() => answer(errors.abort(signal.reason)));
    } else {
      onAbort = () => answer(errors.abort(signal.reason));
      signal.addEventListener('abort', onAbort);
    }
  }
  return cleanup;
}

function finishedPromise(stream, options) {
  return new Promise((resolve, reject) => {
    const cleanup = finished(stream, options, (err) => {
      if (options && options.cleanup) cleanup();
      if (err) reject(err);
      else resolve();
    });
  });
}

// ---------------------------------------------------------------------------
// Async iteration over a Readable. It reads in 'readable' mode and sleeps
// between 'readable' events; finished() decides when the stream is over, so
// a loop ends after 'close', as in Node. Leaving the loop early destroys the
// stream (unless destroyOnReturn is false).

// Sleeper: wait() until wake() is called.
class Sleeper {
  constructor() {
    this.resolve = noop;
  }

  wait() {
    return new Promise((resolve) => { this.resolve = resolve; });
  }

  wake() {
    const resolve = this.resolve;
    this.resolve = noop;
    resolve();
  }
}

Readable.prototype[Symbol.asyncIterator] = function() {
  return readChunks(this, true);
};

Readable.prototype.iterator = function iterator(options) {
  if (options !== undefined && (options === null || typeof options !== 'object')) {
    throw errors.argType('options', 'of type object', options);
  }
  return readChunks(this, !options || options.destroyOnReturn !== false);
};

async function* readChunks(stream, destroyOnReturn) {
  const sleeper = new Sleeper();
  const onReadable = () => sleeper.wake();
  stream.on('readable', onReadable);
  // verdict: undefined while the stream runs, null once it is over, or the
  // error it failed with.
  let verdict;
  const unwatch = finished(stream, { writable: false }, (err) => {
    verdict = err || null;
    sleeper.wake();
  });
  try {
    for (;;) {
      const chunk = stream.destroyed ? null : stream.read();
      if (chunk !== null) {
        yield chunk;
      } else if (verdict !== undefined) {
        if (verdict !== null) throw verdict;
        return;
      } else {
        await sleeper.wait();
      }
    }
  } catch (err) {
    verdict = err;
    throw err;
  } finally {
    if ((verdict || destroyOnReturn) && (verdict === undefined || lifeOf(stream).autoDestroy)) {
      // finished()'s 'error' listener stays, so the AbortError of an early
      // exit does not become an uncaught exception.
      const early = verdict === undefined && stream._readableState.phase !== R_ENDED;
      tearDown(stream, early ? errors.abort() : verdict || null);
    } else {
      stream.removeListener('readable', onReadable);
      unwatch();
    }
  }
}

// ---------------------------------------------------------------------------
// Readable.from: a Readable over an iterable. Each _read pulls values until
// push() says the queue is full (with the default high-water mark of 1:
// one value); destroying the stream closes the iterator.

function isIterable(x) {
  return x != null && (typeof x[Symbol.asyncIterator] === 'function' || typeof x[Symbol.iterator] === 'function');
}

class IterableSource {
  constructor(readable, iterator, isAsync) {
    this.readable = readable;
    this.iterator = iterator;
    this.isAsync = isAsync;
    this.pumping = false;
  }

  request() {
    if (this.pumping) return;
    this.pumping = true;
    if (this.isAsync) this.pump();
    else this.pumpSync();
  }

  // pumpSync serves a sync iterator without any promise machinery, until a
  // value turns out to be a promise: pump() takes over from there (awaiting
  // it just as it would have).
  pumpSync() {
    const readable = this.readable;
    try {
      for (;;) {
        const step = this.iterator.next();
        if (step.done) {
          readable.push(null);
          return;
        }
        const value = step.value;
        if (value && typeof value.then === 'function') {
          this.pump(value);
          return;
        }
        if (value === null) {
          this.pumping = false;
          throw errors.nullValues();
        }
        if (!readable.push(value)) {
          this.pumping = false;
          return;
        }
      }
    } catch (err) {
      readable.destroy(err);
    }
  }

  // pump pushes values until push() says the queue is full. `pending` is a
  // promise pumpSync met as a value.
  async pump(pending) {
    const readable = this.readable;
    try {
      for (;;) {
        let value;
        if (pending !== undefined) {
          value = await pending;
          pending = undefined;
        } else {
          const step = this.isAsync ? await this.iterator.next() : this.iterator.next();
          if (step.done) {
            readable.push(null);
            return;
          }
          value = step.value;
          if (value && typeof value.then === 'function') value = await value;
        }
        if (value === null) {
          this.pumping = false;
          throw errors.nullValues();
        }
        if (!readable.push(value)) {
          this.pumping = false;
          return;
        }
      }
    } catch (err) {
      readable.destroy(err);
    }
  }

  // close ends the iterator: throw(err) when the stream failed, return()
  // otherwise (or when throw() did not finish it).
  async close(err) {
    const it = this.iterator;
    if (err != null && typeof it.throw === 'function') {
      const step = await it.throw(err);
      await step.value;
      if (step.done) return;
    }
    if (typeof it.return === 'function') {
      const step = await it.return();
      await step.value;
    }
  }
}

Readable.from = function from(iterable, options) {
  return readableFrom(iterable, options);
};

function readableFrom(iterable, options) {
  if (typeof iterable === 'string' || isBufferValue(iterable)) {
    // A string or a Buffer is one chunk, not a sequence of characters.
    return new Readable({
      objectMode: true,
      ...options,
      read() {
        this.push(iterable);
        this.push(null);
      },
    });
  }
  let iterator;
  let isAsync;
  if (iterable != null && typeof iterable[Symbol.asyncIterator] === 'function') {
    isAsync = true;
    iterator = iterable[Symbol.asyncIterator]();
  } else if (iterable != null && typeof iterable[Symbol.iterator] === 'function') {
    isAsync = false;
    iterator = iterable[Symbol.iterator]();
  } else {
    throw errors.argType('iterable', 'an instance of Iterable', iterable);
  }
  const readable = new Readable({ objectMode: true, highWaterMark: 1, ...options });
  const source = new IterableSource(readable, iterator, isAsync);
  readable._read = () => source.request();
  // 'close' waits for the iterator to be closed.
  readable._destroy = (err, cb) => {
    source.close(err).then(() => later(cb, err), (e) => later(cb, e || err));
  };
  return readable;
}

// ---------------------------------------------------------------------------
// pipeline: streams, iterables and functions joined end to end. The first
// error wins and tears every part down; the callback runs on a nextTick once
// every part has reported.

function isThenable(x) {
  return !!x && (typeof x === 'object' || typeof x === 'function') && typeof x.then === 'function';
}

function invalidReturn(expected, name, value) {
  return codeError('TypeError', 'ERR_INVALID_RETURN_VALUE',
    `Expected ${expected} to be returned from the "${name}" function but got ${received(value).replace(/^Received /, '')}.`);
}

class PipelineRun {
  constructor(callback, options) {
    this.callback = callback;
    this.endLast = !options || options.end !== false;
    this.outerSignal = options && options.signal;
    this.controller = new AbortController();
    this.failure = undefined;
    this.result = undefined;
    this.outstanding = 0; // parts that have not reported yet
    this.teardowns = []; // how to destroy each stream if another part fails
    this.settlers = new Map(); // stream -> settles its part
    this.lastStop = null;
    this.report = (err) => this.conclude(err, --this.outstanding === 0);
    this.onAbort = () => this.conclude(errors.abort(this.outerSignal.reason), false);
  }

  // conclude records a part's outcome. The first real error (a premature
  // close gives way to one) tears everything down at once.
  conclude(err, allDone) {
    if (err && (!this.failure || this.failure.code === 'ERR_STREAM_PREMATURE_CLOSE')) this.failure = err;
    if (!this.failure && !allDone) return;
    while (this.teardowns.length > 0) this.teardowns.shift()(this.failure);
    if (this.outerSignal) this.outerSignal.removeEventListener('abort', this.onAbort);
    this.controller.abort();
    if (allDone) {
      if (!this.failure && this.lastStop !== null) this.lastStop();
      process.nextTick(this.callback, this.failure, this.result);
    }
  }

  // follow watches one stream: it reports when the stream is done, and is
  // destroyed if another part fails first.
  follow(stream, reading, writing) {
    let over = false;
    let reported = false;
    stream.on('close', () => { over = true; });
    this.outstanding++;
    // A stream's part may also be settled by connect() (see there), so it
    // reports once, whichever comes first.
    const settle = (err) => {
      if (reported) return;
      reported = true;
      this.report(err);
    };
    this.settlers.set(stream, settle);
    const stop = finished(stream, { readable: reading, writable: writing }, (err) => {
      over = !err;
      settle(err);
    });
    this.teardowns.push((err) => {
      if (over) return;
      over = true;
      tearDown(stream, err || errors.destroyed('pipe'));
    });
    return stop;
  }

  run(parts) {
    const signal = this.controller.signal;
    if (this.outerSignal) {
      checkSignal(this.outerSignal, 'options.signal');
      // An already aborted signal takes effect once the current ticks are done.
      if (this.outerSignal.aborted) queueMicrotask(this.onAbort);
      else this.outerSignal.addEventListener('abort', this.onAbort);
    }
    let carried; // what the previous part hands on: a stream or an iterable
    for (let i = 0; i < parts.length; i++) {
      const part = parts[i];
      const first = i === 0;
      const last = i === parts.length - 1;
      if (isNodeStream(part)) {
        const stop = this.follow(part, !last, !first);
        if (last) this.lastStop = stop;
      }
      if (first) {
        carried = this.source(part, signal);
      } else if (typeof part === 'function') {
        carried = this.step(part, carried, last, signal, i);
      } else if (isNodeStream(part)) {
        this.connect(carried, part, !last || this.endLast);
        carried = part;
      } else {
        carried = duplexFrom(part);
      }
    }
    return carried;
  }

  source(part, signal) {
    if (typeof part === 'function') {
      const out = part({ signal });
      if (!isIterable(out)) throw invalidReturn('Iterable, AsyncIterable or Stream', 'source', out);
      return out;
    }
    if (isNodeStream(part) || isIterable(part)) return part;
    return duplexFrom(part);
  }

  // step calls a function part with what came before, as an async iterable.
  step(fn, carried, last, signal, index) {
    const input = isReadableNode(carried) ? readChunks(carried, true) : carried;
    const out = fn(input, { signal });
    if (!last) {
      if (!isIterable(out)) throw invalidReturn('AsyncIterable', `transform[${index - 1}]`, out);
      return out;
    }
    const tail = new PassThrough({ objectMode: true });
    // The tail is torn down with the rest, and its error is ours to report.
    this.teardowns.push((err) => tearDown(tail, err || errors.destroyed('pipe')));
    tail.on('error', noop);
    if (isThenable(out)) {
      // An async function at the end: what it resolves to goes to the callback.
      this.outstanding++;
      out.then((value) => {
        this.result = value;
        if (value != null) tail.write(value);
        if (this.endLast) tail.end();
        process.nextTick(this.report);
      }, (err) => {
        tail.destroy(err);
        process.nextTick(this.report, err);
      });
    } else if (isIterable(out)) {
      this.follow(tail, false, true);
      this.outstanding++;
      pourInto(out, tail, this.endLast, this.report);
    } else {
      throw invalidReturn('AsyncIterable or Promise', 'destination', out);
    }
    return tail;
  }

  connect(carried, dest, end) {
    if (isReadableNode(carried)) {
      // The pipe lets go of the destination at the source's 'end' (so the
      // source pauses then), and the pipeline ends the destination itself
      // just after.
      carried.pipe(dest, { end: false });
      let ended = false;
      if (end) {
        const endDest = () => {
          ended = true;
          dest.end();
        };
        const rs = carried._readableState;
        if (rs && rs.phase === R_ENDED) later(endDest);
        else carried.once('end', endDest);
      }
      // A destination that closes before the source has ended settles the
      // source's part: the pipeline does not wait for the source any more.
      dest.on('close', () => {
        const settle = this.settlers.get(carried);
        if (!ended && settle) settle(errors.prematureClose());
      });
    } else if (isIterable(carried)) {
      this.outstanding++;
      pourInto(carried, dest, end, this.report);
    } else {
      throw errors.argType('val', 'an instance of Readable, Iterable, or AsyncIterable', carried);
    }
  }
}

function pipeline(...parts) {
  const last = parts[parts.length - 1];
  if (typeof last !== 'function') {
    throw errors.argType('streams[stream.length - 1]', 'of type function', last, 'property');
  }
  const callback = parts.pop();
  return startPipeline(parts, callback);
}

function startPipeline(parts, callback, options) {
  if (parts.length === 1 && Array.isArray(parts[0])) parts = parts[0];
  if (parts.length < 2) throw errors.missingArgs('streams');
  return new PipelineRun(callback, options).run(parts);
}

function pipelinePromise(...parts) {
  return new Promise((resolve, reject) => {
    let options;
    const last = parts[parts.length - 1];
    if (last && typeof last === 'object' && !isNodeStream(last) && !isIterable(last) && !Array.isArray(last)) {
      options = parts.pop();
    }
    startPipeline(parts, (err, value) => {
      if (err) reject(err);
      else resolve(value);
    }, options);
  });
}

// Gate lets one writer wait for a writable: 'drain', its end, or its failure
// opens it.
class Gate {
  constructor() {
    this.failure = null;
    this.waiter = null;
  }

  open(err) {
    if (err) this.failure = err;
    if (this.waiter !== null) {
      const go = this.waiter;
      this.waiter = null;
      go();
    }
  }

  wait() {
    return new Promise((resolve, reject) => {
      if (this.failure) reject(this.failure);
      else this.waiter = () => (this.failure ? reject(this.failure) : resolve());
    });
  }
}

// pourInto writes what an iterable yields into a writable, waiting at the
// gate whenever write() says the writable is full, then ends it.
async function pourInto(source, writable, end, report) {
  const gate = new Gate();
  const open = (err) => gate.open(err);
  writable.on('drain', open);
  const unwatch = finished(writable, { readable: false }, open);
  try {
    if (writable.writableNeedDrain) await gate.wait();
    for await (const chunk of source) {
      if (!writable.write(chunk)) await gate.wait();
    }
    if (end) {
      writable.end();
      await gate.wait();
    }
    report();
  } catch (err) {
    report(gate.failure && gate.failure !== err ? gate.failure : err);
  } finally {
    unwatch();
    writable.removeListener('drain', open);
  }
}

// ---------------------------------------------------------------------------
// The iterator helpers (experimental in Node 20): map, filter, flatMap,
// take, drop, asIndexedPairs return streams; forEach, toArray, reduce, some,
// every and find return promises.

const kSkip = Symbol('skip');
const kDone = Symbol('done');

function checkOperatorOptions(options) {
  if (options != null && typeof options !== 'object') throw errors.argType('options', 'of type object', options);
  if (options && options.signal != null) checkSignal(options.signal, 'options.signal');
}

function checkCount(value, name, min) {
  if (typeof value !== 'number') throw errors.argType(name, 'of type number', value);
  if (!Number.isInteger(value)) throw errors.outOfRange(name, 'an integer', value);
  if (value < min) throw errors.outOfRange(name, `>= ${min} && <= 9007199254740991`, value);
  return value;
}

function throwIfAborted(signal) {
  if (signal && signal.aborted) throw errors.abort(signal.reason);
}

// OrderedMap runs fn over a stream's values with up to `concurrency` calls
// at once and hands the results out in source order. A reader task takes
// values and starts the calls; it rests while `room` results are waiting or
// all call slots are busy.
class OrderedMap {
  constructor(stream, fn, concurrency, room, signal) {
    this.stream = stream;
    this.fn = fn;
    this.concurrency = concurrency;
    this.room = room;
    this.signal = signal;
    this.callOptions = { signal };
    this.results = []; // promises of results, in order; kDone at the end
    this.running = 0;
    this.stopped = false;
    this.readerRest = null; // wakes the resting reader
    this.outputRest = null; // wakes the output waiting for a result
    this.onSettled = () => {
      this.running--;
      this.wakeReader();
    };
    this.onFailed = () => {
      this.stopped = true;
      this.onSettled();
    };
  }

  wakeReader() {
    if (this.readerRest !== null && !this.stopped && this.running < this.concurrency && this.results.length < this.room) {
      const go = this.readerRest;
      this.readerRest = null;
      go();
    }
  }

  wakeOutput() {
    if (this.outputRest !== null) {
      const go = this.outputRest;
      this.outputRest = null;
      go();
    }
  }

  add(result) {
    this.running++;
    result.then(this.onSettled, this.onFailed);
    this.results.push(result);
    this.wakeOutput();
  }

  async read() {
    try {
      for await (const value of this.stream) {
        if (this.stopped) return;
        throwIfAborted(this.signal);
        let result;
        try {
          result = this.fn(value, this.callOptions);
          if (result === kSkip) continue;
          result = Promise.resolve(result);
        } catch (err) {
          result = Promise.reject(err);
        }
        this.add(result);
        if (!this.stopped && (this.results.length >= this.room || this.running >= this.concurrency)) {
          await new Promise((resolve) => { this.readerRest = resolve; });
        }
      }
      this.results.push(kDone);
    } catch (err) {
      const failure = Promise.reject(err);
      failure.then(this.onSettled, this.onFailed);
      this.results.push(failure);
    } finally {
      this.stopped = true;
      this.wakeOutput();
    }
  }

  async *output() {
    this.read();
    try {
      for (;;) {
        while (this.results.length > 0) {
          const value = await this.results[0];
          if (value === kDone) return;
          throwIfAborted(this.signal);
          if (value !== kSkip) yield value;
          this.results.shift();
          this.wakeReader();
        }
        await new Promise((resolve) => { this.outputRest = resolve; });
      }
    } finally {
      this.stopped = true;
      if (this.readerRest !== null) {
        const go = this.readerRest;
        this.readerRest = null;
        go();
      }
    }
  }
}

function operatorSignal(options) {
  return options && options.signal ? options.signal : undefined;
}

function map(fn, options) {
  checkFunction(fn, 'fn');
  checkOperatorOptions(options);
  let concurrency = 1;
  if (options && options.concurrency != null) concurrency = Math.floor(options.concurrency);
  let room = concurrency - 1;
  if (options && options.highWaterMark != null) room = Math.floor(options.highWaterMark);
  checkCount(concurrency, 'options.concurrency', 1);
  checkCount(room, 'options.highWaterMark', 0);
  return new OrderedMap(this, fn, concurrency, room + concurrency, operatorSignal(options)).output();
}

function filter(fn, options) {
  checkFunction(fn, 'fn');
  checkOperatorOptions(options);
  return map.call(this, async (value, opts) => ((await fn(value, opts)) ? value : kSkip), options);
}

async function* flatMap(fn, options) {
  for await (const inner of map.call(this, fn, options)) yield* inner;
}

function toCount(number) {
  const n = Number(number);
  if (Number.isNaN(n)) return 0;
  if (n < 0) throw errors.outOfRange('number', '>= 0', number);
  return Math.trunc(n);
}

function take(number, options) {
  checkOperatorOptions(options);
  const limit = toCount(number);
  const source = this;
  const signal = operatorSignal(options);
  return (async function* () {
    if (limit <= 0) return;
    let left = limit;
    for await (const value of source) {
      throwIfAborted(signal);
      yield value;
      if (--left <= 0) return;
    }
  })();
}

function drop(number, options) {
  checkOperatorOptions(options);
  const count = toCount(number);
  const source = this;
  const signal = operatorSignal(options);
  return (async function* () {
    let skip = count;
    for await (const value of source) {
      throwIfAborted(signal);
      if (skip > 0) skip--;
      else yield value;
    }
  })();
}

let warnedIndexedPairs = false;

function asIndexedPairs(options) {
  // Deprecated in Node 20: the first call says so.
  if (!warnedIndexedPairs) {
    warnedIndexedPairs = true;
    process.emitWarning('readable.asIndexedPairs will be removed in a future version.', 'DeprecationWarning');
  }
  checkOperatorOptions(options);
  const source = this;
  const signal = operatorSignal(options);
  return (async function* () {
    let index = 0;
    for await (const value of source) {
      throwIfAborted(signal);
      yield [index++, value];
    }
  })();
}

async function forEach(fn, options) {
  checkFunction(fn, 'fn');
  const each = async (value, opts) => {
    await fn(value, opts);
    return kSkip;
  };
  // The values are all skipped: this only waits for map to run dry.
  for await (const unused of map.call(this, each, options)) void unused;
}

async function toArray(options) {
  checkOperatorOptions(options);
  const signal = operatorSignal(options);
  const out = [];
  for await (const value of this) {
    throwIfAborted(signal);
    out.push(value);
  }
  return out;
}

async function reduce(reducer, ...rest) {
  checkFunction(reducer, 'reducer');
  const options = rest[1];
  checkOperatorOptions(options);
  let seeded = rest.length > 0;
  let acc = rest[0];
  const signal = operatorSignal(options);
  for await (const value of this) {
    if (seeded) {
      acc = await reducer(acc, value, { signal });
    } else {
      acc = value;
      seeded = true;
    }
  }
  if (!seeded) throw codeError('TypeError', 'ERR_MISSING_ARGS', 'Reduce of an empty stream requires an initial value');
  return acc;
}

async function some(fn, options) {
  for await (const unused of filter.call(this, fn, options)) {
    void unused;
    return true;
  }
  return false;
}

async function every(fn, options) {
  checkFunction(fn, 'fn');
  return !(await some.call(this, async (...args) => !(await fn(...args)), options));
}

async function find(fn, options) {
  for await (const found of filter.call(this, fn, options)) return found;
  return undefined;
}

function addMethods(operators, wrap) {
  for (const name of Object.keys(operators)) {
    const op = operators[name];
    // The object literal gives each method its own name.
    const method = { [name](...args) { return wrap(op.apply(this, args)); } }[name];
    Object.defineProperty(Readable.prototype, name, { value: method, enumerable: false, configurable: true, writable: true });
  }
}
addMethods({ map, filter, flatMap, take, drop, asIndexedPairs }, (it) => Readable.from(it));
addMethods({ forEach, toArray, reduce, some, every, find }, (promise) => promise);

// ---------------------------------------------------------------------------
// Duplex.from, duplexPair and compose.

// joinSides makes one Duplex out of a readable (its output) and a writable
// (its input), either of which may be missing.
function joinSides(readable, writable) {
  const d = new Duplex({
    readableObjectMode: !!(readable && readable.readableObjectMode),
    writableObjectMode: !!(writable && writable.writableObjectMode),
    readable: !!readable,
    writable: !!writable,
  });
  let afterDrain = null;
  let afterFinish = null;
  const callOnce = (cb) => {
    if (cb !== null) cb();
  };

  if (writable) {
    finished(writable, { readable: false }, (err) => {
      if (err) {
        tearDown(d, err);
      } else {
        const cb = afterFinish;
        afterFinish = null;
        callOnce(cb);
      }
    });
    writable.on('drain', () => {
      const cb = afterDrain;
      afterDrain = null;
      callOnce(cb);
    });
    d._write = (chunk, encoding, cb) => {
      if (writable.write(chunk, encoding)) cb();
      else afterDrain = cb;
    };
    d._final = (cb) => {
      writable.end();
      afterFinish = cb;
    };
  }

  if (readable) {
    let wanted = false;
    const move = () => {
      while (wanted) {
        const chunk = readable.read();
        if (chunk === null) return;
        if (!d.push(chunk)) wanted = false;
      }
    };
    readable.on('readable', move);
    readable.on('end', () => d.push(null));
    finished(readable, { writable: false }, (err) => {
      if (err) tearDown(d, err);
    });
    d._read = () => {
      wanted = true;
      move();
    };
  }

  d._destroy = (err, cb) => {
    if (!err && (afterFinish !== null || afterDrain !== null)) err = errors.abort();
    afterDrain = null;
    afterFinish = null;
    if (readable) tearDown(readable, err);
    if (writable) tearDown(writable, err);
    cb(err);
  };
  return d;
}

// duplexFromFunction: body(source, { signal }) reads what is written to the
// Duplex as an async iterable; what it yields (or resolves to) comes out.
function duplexFromFunction(body) {
  const inbox = new Fifo();
  const sleeper = new Sleeper();
  const controller = new AbortController();
  const deliver = (item) => {
    inbox.push(item);
    sleeper.wake();
  };
  async function* written() {
    for (;;) {
      while (inbox.size === 0) await sleeper.wait();
      const item = inbox.shift();
      process.nextTick(item.cb);
      if (item.end) return;
      throwIfAborted(controller.signal);
      yield item.chunk;
    }
  }
  const result = body(written(), { signal: controller.signal });
  const resolves = isThenable(result);
  if (!resolves && !isIterable(result)) {
    throw invalidReturn('Iterable, AsyncIterable or AsyncFunction', 'body', result);
  }
  const sink = new Writable({
    objectMode: true,
    highWaterMark: 1,
    write(chunk, encoding, cb) {
      deliver({ chunk, cb });
    },
    final(cb) {
      if (!resolves) {
        deliver({ end: true, cb });
        return;
      }
      deliver({ end: true, cb: noop });
      result.then(() => process.nextTick(cb, null), (err) => process.nextTick(cb, err));
    },
    destroy(err, cb) {
      controller.abort();
      cb(err);
    },
  });
  return joinSides(resolves ? null : readableFrom(result), sink);
}

function duplexFrom(body) {
  if (body instanceof Duplex) return body;
  if (isReadableNode(body) && isWritableNode(body)) return body;
  if (isReadableNode(body)) return joinSides(body, null);
  if (isWritableNode(body)) return joinSides(null, body);
  if (typeof body === 'function') return duplexFromFunction(body);
  if (isIterable(body)) return joinSides(readableFrom(body), null);
  if (isThenable(body)) {
    const d = new Duplex({ objectMode: true, writable: false, read() {} });
    body.then((value) => {
      if (value != null) d.push(value);
      d.push(null);
    }, (err) => tearDown(d, err));
    return d;
  }
  if (body && typeof body === 'object' && ('readable' in body || 'writable' in body)) {
    const side = (x, isRight) => (x == null ? null : isRight(x) ? x : duplexFrom(x));
    return joinSides(side(body.readable, isReadableNode), side(body.writable, isWritableNode));
  }
  throw errors.argType('body', 'of type function or an instance of Blob, ReadableStream, WritableStream, Stream, ' +
    'Iterable, AsyncIterable, or Promise or { readable, writable } pair', body);
}

Duplex.from = function from(body) {
  return duplexFrom(body);
};

const kPeer = Symbol('duplexPair.peer');
const kUnacked = Symbol('duplexPair.unacked');

// duplexPair: two Duplexes wired to each other. What one writes the other
// reads; the write is acknowledged when the reader asks for more, so the
// callback waits on the reading side.
function duplexPair(options) {
  const sides = [0, 1].map(() => new Duplex({ ...options, read: pairRead, write: pairWrite, final: pairFinal }));
  sides[0][kPeer] = sides[1];
  sides[1][kPeer] = sides[0];
  for (const s of sides) s[kUnacked] = null;
  return sides;
}

function pairWrite(chunk, encoding, cb) {
  const peer = this[kPeer];
  peer[kUnacked] = cb;
  peer.push(chunk);
}

function pairRead() {
  const ack = this[kUnacked];
  if (ack) {
    this[kUnacked] = null;
    ack();
  }
}

function pairFinal(cb) {
  const peer = this[kPeer];
  peer.on('end', cb);
  peer.push(null);
}

// compose: streams (and functions, as pipeline takes them) joined into one
// Duplex that is written at the first and read at the last.
function compose(...parts) {
  if (parts.length === 1 && Array.isArray(parts[0])) parts = parts[0];
  if (parts.length === 0) throw errors.missingArgs('streams');
  if (parts.length === 1) return duplexFrom(parts[0]);
  const chain = parts.slice();
  if (typeof chain[0] === 'function') chain.unshift(new PassThrough({ objectMode: true }));
  let joined = null;
  let failure = null;
  const last = startPipeline(chain, (err) => {
    if (!err) return;
    failure = err;
    if (joined !== null) tearDown(joined, err);
  });
  joined = joinSides(isReadableNode(last) ? last : null, isWritableNode(chain[0]) ? chain[0] : null);
  if (failure) tearDown(joined, failure);
  return joined;
}

// ---------------------------------------------------------------------------
// addAbortSignal and the small utilities.

function addAbortSignal(signal, stream) {
  checkSignal(signal, 'signal');
  if (!isNodeStream(stream)) {
    throw errors.argType('stream', 'an instance of ReadableStream, WritableStream, or Stream', stream);
  }
  const onAbort = () => tearDown(stream, errors.abort(signal.reason));
  if (signal.aborted) {
    onAbort();
  } else {
    signal.addEventListener('abort', onAbort);
    finished(stream, () => signal.removeEventListener('abort', onAbort));
  }
  return stream;
}

function isDestroyed(stream) {
  if (!isNodeStream(stream)) return null;
  const life = stream[kLife];
  return !!(life ? life.stage >= DESTROYING : stream.destroyed);
}

function isReadable(stream) {
  if (!stream || typeof stream.readable !== 'boolean') return null;
  if (isDestroyed(stream)) return false;
  const rs = stream._readableState;
  return isReadableNode(stream) && stream.readable && !(rs && rs.phase === R_ENDED);
}

function isWritable(stream) {
  if (!stream || typeof stream.writable !== 'boolean') return null;
  if (isDestroyed(stream)) return false;
  const ws = stream._writableState;
  return isWritableNode(stream) && stream.writable && !(ws && ws.phase !== W_OPEN);
}

function isErrored(stream) {
  if (!stream) return false;
  const life = stream[kLife];
  return !!(life ? life.error || life.errorEmitted : stream.errored);
}

function isDisturbed(stream) {
  return !!(stream && (stream.readableDidRead || stream.readableAborted));
}

function destroy(stream, err) {
  if (!stream) return;
  if (stream[kLife]) tearDown(stream, err);
  else if (typeof stream.destroy === 'function') stream.destroy(err);
}

// ---------------------------------------------------------------------------
// The module: the legacy Stream with everything attached.

finished[kCustomPromisify] = finishedPromise;
pipeline[kCustomPromisify] = pipelinePromise;

module.exports = Stream;
Object.assign(Stream, {
  Stream,
  Readable,
  Writable,
  Duplex,
  Transform,
  PassThrough,
  pipeline,
  finished,
  addAbortSignal,
  compose,
  duplexPair,
  destroy,
  isDestroyed,
  isDisturbed,
  isErrored,
  isReadable,
  isWritable,
  getDefaultHighWaterMark,
  setDefaultHighWaterMark,
  _isUint8Array: (x) => x instanceof Uint8Array,
  _uint8ArrayToBuffer: (x) => asBuffer(x),
  _isArrayBufferView: (x) => ArrayBuffer.isView(x),
});
Stream.promises = { pipeline: pipelinePromise, finished: finishedPromise };
