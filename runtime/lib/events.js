'use strict';
const internal = require('loopviz:internal');
// loopviz's EventEmitter: Node's events module, written from its documented
// behaviour. emit() is synchronous; 'error' without a listener throws; an async
// listener's rejection is an unhandled rejection unless captureRejections is on.

const kCapture = Symbol('kCapture');
const kShapeMode = Symbol('shapeMode');
const kErrorMonitor = Symbol('events.errorMonitor');
const kRejection = Symbol.for('nodejs.rejection');
let defaultMaxListeners = 10;
let captureRejectionsDefault = false;

function EventEmitter(opts) {
  EventEmitter.init.call(this, opts);
}
module.exports = EventEmitter;
EventEmitter.EventEmitter = EventEmitter;
EventEmitter.usingDomains = false;
EventEmitter.captureRejectionSymbol = kRejection;
EventEmitter.errorMonitor = kErrorMonitor;
Object.defineProperty(EventEmitter, 'captureRejections', {
  get() { return captureRejectionsDefault; },
  set(value) {
    if (typeof value !== 'boolean') throw internal.argTypeError('EventEmitter.captureRejections', 'boolean', value);
    captureRejectionsDefault = value;
  },
  enumerable: true,
});
Object.defineProperty(EventEmitter, 'defaultMaxListeners', {
  enumerable: true,
  get() { return defaultMaxListeners; },
  set(arg) {
    if (typeof arg !== 'number' || arg < 0 || Number.isNaN(arg)) {
      throw internal.rangeError('ERR_OUT_OF_RANGE', 'The value of "defaultMaxListeners" is out of range. It must be a non-negative number. Received ' + internal.inspect(arg));
    }
    defaultMaxListeners = arg;
  },
});

EventEmitter.prototype._events = undefined;
EventEmitter.prototype._eventsCount = 0;
EventEmitter.prototype._maxListeners = undefined;

EventEmitter.init = function(opts) {
  if (this._events === undefined || this._events === Object.getPrototypeOf(this)._events) {
    this._events = Object.create(null);
    this._eventsCount = 0;
    this[kShapeMode] = false;
  } else {
    this[kShapeMode] = true;
  }
  this._maxListeners = this._maxListeners || undefined;
  if (opts && opts.captureRejections) {
    if (typeof opts.captureRejections !== 'boolean') throw internal.argTypeError('options.captureRejections', 'boolean', opts.captureRejections);
    this[kCapture] = Boolean(opts.captureRejections);
  } else {
    this[kCapture] = EventEmitter.prototype[kCapture];
  }
};
EventEmitter.prototype[kCapture] = false;

function checkListener(listener) {
  if (typeof listener !== 'function') throw internal.argTypeError('listener', 'function', listener);
}

function addCatch(that, promise, type, args) {
  if (!that[kCapture]) return;
  try {
    const then = promise.then;
    if (typeof then === 'function') {
      then.call(promise, undefined, function(err) {
        process.nextTick(emitUnhandledRejectionOrErr, that, err, type, args);
      });
    }
  } catch (err) {
    that.emit('error', err);
  }
}

function emitUnhandledRejectionOrErr(ee, err, type, args) {
  if (typeof ee[kRejection] === 'function') {
    ee[kRejection](err, type, ...args);
  } else {
    const prev = ee[kCapture];
    try {
      ee[kCapture] = false;
      ee.emit('error', err);
    } finally {
      ee[kCapture] = prev;
    }
  }
}

EventEmitter.prototype.setMaxListeners = function setMaxListeners(n) {
  if (typeof n !== 'number' || n < 0 || Number.isNaN(n)) {
    throw internal.rangeError('ERR_OUT_OF_RANGE', 'The value of "n" is out of range. It must be a non-negative number. Received ' + internal.inspect(n));
  }
  this._maxListeners = n;
  return this;
};

function _getMaxListeners(that) {
  if (that._maxListeners === undefined) return defaultMaxListeners;
  return that._maxListeners;
}

EventEmitter.prototype.getMaxListeners = function getMaxListeners() {
  return _getMaxListeners(this);
};

EventEmitter.prototype.emit = function emit(type, ...args) {
  let doError = (type === 'error');
  const events = this._events;
  if (events !== undefined) {
    if (doError && events[kErrorMonitor] !== undefined) this.emit(kErrorMonitor, ...args);
    doError = (doError && events.error === undefined);
  } else if (!doError) {
    return false;
  }
  if (doError) {
    let er;
    if (args.length > 0) er = args[0];
    if (er instanceof Error) {
      throw er; // Unhandled 'error' event
    }
    let stringifiedEr;
    try {
      stringifiedEr = internal.inspect(er);
    } catch {
      stringifiedEr = er;
    }
    const err = internal.nodeError('Error', 'ERR_UNHANDLED_ERROR', 'Unhandled error. (' + stringifiedEr + ')');
    err.context = er;
    throw err;
  }
  const handler = events[type];
  if (handler === undefined) return false;
  if (typeof handler === 'function') {
    const result = handler.apply(this, args);
    if (result !== undefined && result !== null) addCatch(this, result, type, args);
  } else {
    const len = handler.length;
    const listeners = handler.slice();
    for (let i = 0; i < len; ++i) {
      const result = listeners[i].apply(this, args);
      if (result !== undefined && result !== null) addCatch(this, result, type, args);
    }
  }
  return true;
};

function _addListener(target, type, listener, prepend) {
  checkListener(listener);
  let events = target._events;
  let existing;
  if (events === undefined) {
    events = target._events = Object.create(null);
    target._eventsCount = 0;
  } else {
    if (events.newListener !== undefined) {
      target.emit('newListener', type, listener.listener ? listener.listener : listener);
      events = target._events;
    }
    existing = events[type];
  }
  if (existing === undefined) {
    events[type] = listener;
    ++target._eventsCount;
  } else {
    if (typeof existing === 'function') {
      existing = events[type] = prepend ? [listener, existing] : [existing, listener];
    } else if (prepend) {
      existing.unshift(listener);
    } else {
      existing.push(listener);
    }
    const m = _getMaxListeners(target);
    if (m > 0 && existing.length > m && !existing.warned) {
      existing.warned = true;
      const w = new Error('Possible EventEmitter memory leak detected. ' + existing.length + ' ' + String(type) +
        ' listeners added to ' + internal.inspect(target, { depth: -1 }) + '. MaxListeners is ' + m +
        '. Use emitter.setMaxListeners() to increase limit');
      w.name = 'MaxListenersExceededWarning';
      w.emitter = target;
      w.type = type;
      w.count = existing.length;
      process.emitWarning(w);
    }
  }
  return target;
}

EventEmitter.prototype.addListener = function addListener(type, listener) {
  return _addListener(this, type, listener, false);
};
EventEmitter.prototype.on = EventEmitter.prototype.addListener;
EventEmitter.prototype.prependListener = function prependListener(type, listener) {
  return _addListener(this, type, listener, true);
};

function onceWrapper() {
  if (!this.fired) {
    this.target.removeListener(this.type, this.wrapFn);
    this.fired = true;
    if (arguments.length === 0) return this.listener.call(this.target);
    return this.listener.apply(this.target, arguments);
  }
}

function _onceWrap(target, type, listener) {
  const state = { fired: false, wrapFn: undefined, target, type, listener };
  const wrapped = onceWrapper.bind(state);
  wrapped.listener = listener;
  state.wrapFn = wrapped;
  return wrapped;
}

EventEmitter.prototype.once = function once(type, listener) {
  checkListener(listener);
  this.on(type, _onceWrap(this, type, listener));
  return this;
};

EventEmitter.prototype.prependOnceListener = function prependOnceListener(type, listener) {
  checkListener(listener);
  this.prependListener(type, _onceWrap(this, type, listener));
  return this;
};

EventEmitter.prototype.removeListener = function removeListener(type, listener) {
  checkListener(listener);
  const events = this._events;
  if (events === undefined) return this;
  const list = events[type];
  if (list === undefined) return this;
  if (list === listener || list.listener === listener) {
    this._eventsCount -= 1;
    if (this[kShapeMode]) {
      events[type] = undefined;
    } else if (this._eventsCount === 0) {
      this._events = Object.create(null);
    } else {
      delete events[type];
      if (events.removeListener) this.emit('removeListener', type, list.listener || listener);
    }
  } else if (typeof list !== 'function') {
    let position = -1;
    for (let i = list.length - 1; i >= 0; i--) {
      if (list[i] === listener || list[i].listener === listener) {
        position = i;
        break;
      }
    }
    if (position < 0) return this;
    if (position === 0) list.shift();
    else list.splice(position, 1);
    if (list.length === 1) events[type] = list[0];
    if (events.removeListener !== undefined) this.emit('removeListener', type, listener);
  }
  return this;
};
EventEmitter.prototype.off = EventEmitter.prototype.removeListener;

EventEmitter.prototype.removeAllListeners = function removeAllListeners(type) {
  const events = this._events;
  if (events === undefined) return this;
  if (events.removeListener === undefined) {
    if (arguments.length === 0) {
      this._events = Object.create(null);
      this._eventsCount = 0;
    } else if (events[type] !== undefined) {
      if (--this._eventsCount === 0) this._events = Object.create(null);
      else delete events[type];
    }
    this[kShapeMode] = false;
    return this;
  }
  if (arguments.length === 0) {
    for (const key of Reflect.ownKeys(events)) {
      if (key === 'removeListener') continue;
      this.removeAllListeners(key);
    }
    this.removeAllListeners('removeListener');
    this._events = Object.create(null);
    this._eventsCount = 0;
    this[kShapeMode] = false;
    return this;
  }
  const listeners = events[type];
  if (typeof listeners === 'function') {
    this.removeListener(type, listeners);
  } else if (listeners !== undefined) {
    for (let i = listeners.length - 1; i >= 0; i--) this.removeListener(type, listeners[i]);
  }
  return this;
};

function _listeners(target, type, unwrap) {
  const events = target._events;
  if (events === undefined) return [];
  const evlistener = events[type];
  if (evlistener === undefined) return [];
  if (typeof evlistener === 'function') return unwrap ? [evlistener.listener || evlistener] : [evlistener];
  return unwrap ? evlistener.map((l) => l.listener || l) : evlistener.slice();
}

EventEmitter.prototype.listeners = function listeners(type) {
  return _listeners(this, type, true);
};
EventEmitter.prototype.rawListeners = function rawListeners(type) {
  return _listeners(this, type, false);
};

function listenerCount(type, listener) {
  const events = this._events;
  if (events !== undefined) {
    const evlistener = events[type];
    if (typeof evlistener === 'function') {
      if (listener != null) return listener === evlistener || listener === evlistener.listener ? 1 : 0;
      return 1;
    } else if (evlistener !== undefined) {
      if (listener != null) {
        let matching = 0;
        for (let i = 0, l = evlistener.length; i < l; i++) {
          if (evlistener[i] === listener || evlistener[i].listener === listener) matching++;
        }
        return matching;
      }
      return evlistener.length;
    }
  }
  return 0;
}
EventEmitter.prototype.listenerCount = listenerCount;
EventEmitter.listenerCount = function(emitter, type) {
  if (typeof emitter.listenerCount === 'function') return emitter.listenerCount(type);
  return listenerCount.call(emitter, type);
};

EventEmitter.prototype.eventNames = function eventNames() {
  return this._eventsCount > 0 ? Reflect.ownKeys(this._events) : [];
};

EventEmitter.getEventListeners = function getEventListeners(emitter, type) {
  return emitter.listeners(type);
};
EventEmitter.getMaxListeners = function getMaxListeners(emitter) {
  return emitter.getMaxListeners();
};
EventEmitter.setMaxListeners = function setMaxListeners(n = defaultMaxListeners, ...targets) {
  if (targets.length === 0) {
    defaultMaxListeners = n;
  } else {
    for (const t of targets) t.setMaxListeners(n);
  }
};

// events.once(emitter, name[, { signal }]): a promise of the arguments of the
// next event, rejected by an 'error' event first or by the signal. It is an
// async function in node, so it settles two microtasks after its promise.
EventEmitter.once = async function once(emitter, name, options = {}) {
  const signal = options ? options.signal : undefined;
  if (signal && signal.aborted) throw new internal.AbortError(undefined, { cause: signal.reason });
  return new Promise((resolve, reject) => {
    const errorListener = (err) => {
      emitter.removeListener(name, resolver);
      if (signal) signal.removeEventListener('abort', abortListener);
      reject(err);
    };
    const resolver = (...args) => {
      if (typeof emitter.removeListener === 'function') emitter.removeListener('error', errorListener);
      if (signal) signal.removeEventListener('abort', abortListener);
      resolve(args);
    };
    function abortListener() {
      emitter.removeListener(name, resolver);
      emitter.removeListener('error', errorListener);
      reject(new internal.AbortError(undefined, { cause: signal.reason }));
    }
    if (typeof emitter.once === 'function') {
      emitter.once(name, resolver);
    } else {
      emitter.addEventListener(name, resolver, { once: true });
    }
    if (name !== 'error' && typeof emitter.once === 'function') emitter.once('error', errorListener);
    if (signal) signal.addEventListener('abort', abortListener, { once: true });
  });
};

// events.on(emitter, name): an async iterator over the event's arguments.
EventEmitter.on = function on(emitter, event, options = {}) {
  const signal = options ? options.signal : undefined;
  if (signal && signal.aborted) throw new internal.AbortError(undefined, { cause: signal.reason });
  const unconsumedEvents = [];
  const unconsumedPromises = [];
  let error = null;
  let finished = false;
  const eventHandler = (...args) => {
    const p = unconsumedPromises.shift();
    if (p) p.resolve({ value: args, done: false });
    else unconsumedEvents.push(args);
  };
  const errorHandler = (err) => {
    finished = true;
    const p = unconsumedPromises.shift();
    if (p) p.reject(err);
    else error = err;
    iterator.return();
  };
  const iterator = {
    next() {
      const value = unconsumedEvents.shift();
      if (value) return Promise.resolve({ value, done: false });
      if (error) {
        const p = Promise.reject(error);
        error = null;
        return p;
      }
      if (finished) return Promise.resolve({ value: undefined, done: true });
      return new Promise(function(resolve, reject) {
        unconsumedPromises.push({ resolve, reject });
      });
    },
    return() {
      emitter.removeListener(event, eventHandler);
      emitter.removeListener('error', errorHandler);
      finished = true;
      for (const promise of unconsumedPromises) promise.resolve({ value: undefined, done: true });
      return Promise.resolve({ value: undefined, done: true });
    },
    throw(err) {
      error = err;
      emitter.removeListener(event, eventHandler);
      emitter.removeListener('error', errorHandler);
    },
    [Symbol.asyncIterator]() {
      return this;
    },
  };
  emitter.on(event, eventHandler);
  if (event !== 'error') emitter.on('error', errorHandler);
  if (signal) {
    signal.addEventListener('abort', () => errorHandler(new internal.AbortError(undefined, { cause: signal.reason })), { once: true });
  }
  return iterator;
};
