'use strict';
// perf_hooks and the performance global, on loopviz's virtual clock:
// performance.now() is the time since node started (the model's bootstrap
// included), marks and measures are stamped with it, and PerformanceObserver
// callbacks run from an immediate, as node queues them.
const internal = require('loopviz:internal');

const kInspect = Symbol.for('nodejs.util.inspect.custom');
const kConstruct = Symbol('kConstruct');
const now = internal.performanceNow;

function illegalConstructor() {
  return internal.nodeError('TypeError', 'ERR_ILLEGAL_CONSTRUCTOR', 'Illegal constructor');
}

function missingArgs(name) {
  return internal.nodeError('TypeError', 'ERR_MISSING_ARGS', `The "${name}" argument must be specified`);
}

function unsupported(what) {
  return internal.nodeError('Error', 'ERR_LOOPVIZ_UNSUPPORTED',
    `loopviz does not model ${what}: it models what the event loop does (timers, I/O, the threadpool, streams, events), not every API. Rewrite the program without it, or run it under node`);
}

function domException(message, name) {
  return new DOMException(message, name);
}

// inspectAs prints an object node's way for its performance classes:
// "Name { ...fields }", the fields one level shallower.
// shallower says whether the fields sit one level below the object (entries
// and observers) or at its level (performance itself).
function inspectAs(name, fields, depth, options, inspect, shallower = true) {
  if (typeof depth === 'number' && depth < 0) return `[${name}]`;
  const inner = options.depth === null ? null : shallower ? depth - 1 : depth;
  return `${name} ${inspect(fields, { ...options, depth: inner })}`;
}

const entryState = new WeakMap();

function stateOf(entry) {
  const st = entryState.get(entry);
  if (st === undefined) throw internal.nodeError('TypeError', 'ERR_INVALID_THIS', 'Value of "this" must be of type PerformanceEntry');
  return st;
}

class PerformanceEntry {
  constructor(token, name, type, start, duration, detail) {
    if (token !== kConstruct) throw illegalConstructor();
    entryState.set(this, { name, type, start, duration, detail });
  }

  get name() { return stateOf(this).name; }

  get entryType() { return stateOf(this).type; }

  get startTime() { return stateOf(this).start; }

  get duration() { return stateOf(this).duration; }

  toJSON() {
    const st = stateOf(this);
    return { name: st.name, entryType: st.type, startTime: st.start, duration: st.duration };
  }

  [kInspect](depth, options, inspect) {
    return inspectAs(this.constructor.name, this.toJSON(), depth, options, inspect);
  }
}

function cloneDetail(detail) {
  if (detail === undefined || detail === null) return null;
  return structuredClone(detail);
}

class PerformanceMark extends PerformanceEntry {
  constructor(name, options = undefined) {
    if (arguments.length === 0) throw missingArgs('name');
    if (options !== undefined && (options === null || typeof options !== 'object')) {
      throw internal.argTypeError('options', 'object', options);
    }
    let start = now();
    if (options !== undefined && options.startTime !== undefined) {
      if (typeof options.startTime !== 'number') throw internal.argTypeError('options.startTime', 'number', options.startTime);
      if (options.startTime < 0) throw internal.rangeError('ERR_PERFORMANCE_INVALID_TIMESTAMP', `${options.startTime} is not a valid timestamp`);
      start = options.startTime;
    }
    super(kConstruct, `${name}`, 'mark', start, 0, cloneDetail(options === undefined ? undefined : options.detail));
  }

  get detail() { return stateOf(this).detail; }

  toJSON() {
    const st = stateOf(this);
    return { name: st.name, entryType: st.type, startTime: st.start, duration: st.duration, detail: st.detail };
  }
}

class PerformanceMeasure extends PerformanceEntry {
  constructor(token, name, start, duration, detail) {
    if (token !== kConstruct) throw illegalConstructor();
    super(kConstruct, name, 'measure', start, duration, detail);
  }

  get detail() { return stateOf(this).detail; }

  toJSON() {
    const st = stateOf(this);
    return { name: st.name, entryType: st.type, startTime: st.start, duration: st.duration, detail: st.detail };
  }
}

class PerformanceResourceTiming extends PerformanceEntry {
  constructor() {
    throw illegalConstructor();
  }
}

// The performance timeline: marks and measures in the order they were made.
let marks = [];
let measures = [];

function byStartTime(a, b) {
  return stateOf(a).start - stateOf(b).start;
}

function filterEntries(list, name, type) {
  return list.filter((e) => (name === undefined || stateOf(e).name === name) && (type === undefined || stateOf(e).type === type));
}

// markTime resolves a measure's start or end: a mark's name (the latest mark
// of that name) or a timestamp.
function markTime(value) {
  if (typeof value === 'number') {
    if (value < 0) throw internal.rangeError('ERR_PERFORMANCE_INVALID_TIMESTAMP', `${value} is not a valid timestamp`);
    return value;
  }
  const name = `${value}`;
  for (let i = marks.length - 1; i >= 0; i--) {
    if (stateOf(marks[i]).name === name) return stateOf(marks[i]).start;
  }
  if (name in nodeTimingFields) return nodeTimingFields[name];
  throw domException(`The "${name}" performance mark has not been set`, 'SyntaxError');
}

const nodeTimingFields = { nodeStart: 0.52, v8Start: 3.1, bootstrapComplete: 24.6, environment: 11.8, loopStart: -1, loopExit: -1, idleTime: 0 };

class PerformanceNodeTiming {
  constructor(token) {
    if (token !== kConstruct) throw illegalConstructor();
  }

  toJSON() {
    return { name: 'node', entryType: 'node', startTime: 0, duration: now(), ...nodeTimingFields };
  }

  [kInspect](depth, options, inspect) {
    return inspectAs('PerformanceNodeTiming', this.toJSON(), depth, options, inspect, false);
  }
}

const nodeTiming = new PerformanceNodeTiming(kConstruct);

class Performance extends EventTarget {
  constructor(token) {
    if (token !== kConstruct) throw illegalConstructor();
    super();
  }

  clearMarks(name = undefined) {
    marks = name === undefined ? [] : marks.filter((m) => stateOf(m).name !== `${name}`);
  }

  clearMeasures(name = undefined) {
    measures = name === undefined ? [] : measures.filter((m) => stateOf(m).name !== `${name}`);
  }

  clearResourceTimings() {}

  getEntries() {
    return [...marks, ...measures].sort(byStartTime);
  }

  getEntriesByName(name, type = undefined) {
    if (arguments.length === 0) throw missingArgs('name');
    return filterEntries(this.getEntries(), `${name}`, type === undefined ? undefined : `${type}`);
  }

  getEntriesByType(type) {
    if (arguments.length === 0) throw missingArgs('type');
    return filterEntries(this.getEntries(), undefined, `${type}`);
  }

  mark(name, options = undefined) {
    if (arguments.length === 0) throw missingArgs('name');
    const mark = new PerformanceMark(name, options);
    marks.push(mark);
    enqueue(mark);
    return mark;
  }

  measure(name, startOrOptions = undefined, endMark = undefined) {
    if (arguments.length === 0) throw missingArgs('name');
    let start = 0;
    let end;
    let detail = null;
    if (startOrOptions !== null && typeof startOrOptions === 'object') {
      const o = startOrOptions;
      if (o.start === undefined && o.end === undefined) {
        throw internal.nodeError('TypeError', 'ERR_PERFORMANCE_MEASURE_INVALID_OPTIONS', 'One of options or endMark must be specified');
      }
      if (o.start !== undefined && o.end !== undefined && o.duration !== undefined) {
        throw internal.nodeError('TypeError', 'ERR_PERFORMANCE_MEASURE_INVALID_OPTIONS', 'Must not have start, end and duration specified');
      }
      if (o.end !== undefined) end = markTime(o.end);
      if (o.start !== undefined) start = markTime(o.start);
      else if (o.duration !== undefined && end !== undefined) start = end - o.duration;
      if (end === undefined) end = o.duration !== undefined ? start + o.duration : now();
      detail = cloneDetail(o.detail);
    } else {
      if (startOrOptions !== undefined) start = markTime(startOrOptions);
      end = endMark !== undefined ? markTime(endMark) : now();
    }
    const measure = new PerformanceMeasure(kConstruct, `${name}`, start, end - start, detail);
    measures.push(measure);
    enqueue(measure);
    return measure;
  }

  now() {
    return now();
  }

  setResourceTimingBufferSize() {}

  get timeOrigin() {
    return internal.timeOrigin;
  }

  toJSON() {
    return { nodeTiming, timeOrigin: internal.timeOrigin };
  }

  get nodeTiming() {
    return nodeTiming;
  }

  eventLoopUtilization() {
    throw unsupported('performance.eventLoopUtilization');
  }

  markResourceTiming() {
    throw unsupported('performance.markResourceTiming');
  }

  timerify() {
    throw unsupported('performance.timerify');
  }

  [kInspect](depth, options, inspect) {
    return inspectAs('Performance', { nodeTiming, timeOrigin: internal.timeOrigin }, depth, options, inspect, false);
  }
}

Object.defineProperty(Performance.prototype, Symbol.toStringTag, { value: 'Performance', configurable: true });
Object.defineProperty(PerformanceEntry.prototype, Symbol.toStringTag, { value: 'PerformanceEntry', configurable: true });
Object.defineProperty(PerformanceMark.prototype, Symbol.toStringTag, { value: 'PerformanceMark', configurable: true });
Object.defineProperty(PerformanceMeasure.prototype, Symbol.toStringTag, { value: 'PerformanceMeasure', configurable: true });

const performance = new Performance(kConstruct);

// ---------- observers ----------

const supportedEntryTypes = ['dns', 'function', 'gc', 'http', 'http2', 'mark', 'measure', 'net', 'resource'];
const observers = new Set();
const observerState = new WeakMap();

class PerformanceObserverEntryList {
  constructor(token, entries) {
    if (token !== kConstruct) throw illegalConstructor();
    this[kEntries] = entries;
  }

  getEntries() {
    return this[kEntries].slice();
  }

  getEntriesByType(type) {
    if (arguments.length === 0) throw missingArgs('type');
    return filterEntries(this[kEntries], undefined, `${type}`);
  }

  getEntriesByName(name, type = undefined) {
    if (arguments.length === 0) throw missingArgs('name');
    return filterEntries(this[kEntries], `${name}`, type === undefined ? undefined : `${type}`);
  }
}
const kEntries = Symbol('kBuffer');
Object.defineProperty(PerformanceObserverEntryList.prototype, Symbol.toStringTag, { value: 'PerformanceObserverEntryList', configurable: true });

function observerOf(self) {
  const st = observerState.get(self);
  if (st === undefined) throw internal.nodeError('TypeError', 'ERR_INVALID_THIS', 'Value of "this" must be of type PerformanceObserver');
  return st;
}

class PerformanceObserver {
  constructor(callback) {
    if (typeof callback !== 'function') throw internal.argTypeError('callback', 'function', callback);
    observerState.set(this, { callback, types: new Set(), buffer: [], pending: false, connected: false });
  }

  observe(options = {}) {
    const st = observerOf(this);
    if (options === null || typeof options !== 'object') throw internal.argTypeError('options', 'object', options);
    const { entryTypes, type, buffered } = options;
    if (entryTypes === undefined && type === undefined) {
      throw internal.nodeError('TypeError', 'ERR_MISSING_ARGS', 'The "options.entryTypes" and "options.type" arguments must be specified');
    }
    if (entryTypes !== undefined && type !== undefined) {
      throw internal.nodeError('TypeError', 'ERR_INVALID_ARG_VALUE',
        `The property 'options.entryTypes' can not be used with 'options.type'. Received ${internal.inspect(entryTypes)}`);
    }
    if (entryTypes !== undefined) {
      if (!Array.isArray(entryTypes)) {
        throw internal.nodeError('TypeError', 'ERR_INVALID_ARG_TYPE', `The "options.entryTypes" property must be string[]. Received ${internal.received(entryTypes)}`);
      }
      st.types = new Set(entryTypes.filter((t) => supportedEntryTypes.includes(t)));
    } else {
      if (!supportedEntryTypes.includes(type)) return;
      st.types.add(type);
      if (buffered) {
        for (const e of filterEntries(performance.getEntries(), undefined, type)) st.buffer.push(e);
        schedule(this, st);
      }
    }
    if (st.types.size > 0) {
      observers.add(this);
      st.connected = true;
    } else {
      this.disconnect();
    }
  }

  disconnect() {
    const st = observerOf(this);
    observers.delete(this);
    st.connected = false;
    st.types = new Set();
    st.buffer = [];
  }

  takeRecords() {
    const st = observerOf(this);
    const list = st.buffer;
    st.buffer = [];
    return list;
  }

  static get supportedEntryTypes() {
    return supportedEntryTypes.slice();
  }

  [kInspect](depth, options, inspect) {
    const st = observerOf(this);
    return inspectAs('PerformanceObserver', {
      connected: st.connected, pending: st.pending, entryTypes: [...st.types], buffer: st.buffer,
    }, depth, options, inspect);
  }
}

// Node hands an observer its new entries from an immediate, once per batch.
function schedule(observer, st) {
  if (st.pending) return;
  st.pending = true;
  setImmediate(function performanceObserverCallback() {
    st.pending = false;
    if (!st.connected || st.buffer.length === 0) return;
    const entries = st.buffer.sort(byStartTime);
    st.buffer = [];
    st.callback.call(observer, new PerformanceObserverEntryList(kConstruct, entries), observer);
  });
}

function enqueue(entry) {
  const type = stateOf(entry).type;
  for (const observer of observers) {
    const st = observerState.get(observer);
    if (!st.types.has(type)) continue;
    st.buffer.push(entry);
    schedule(observer, st);
  }
}

module.exports = {
  Performance,
  PerformanceEntry,
  PerformanceMark,
  PerformanceMeasure,
  PerformanceObserver,
  PerformanceObserverEntryList,
  PerformanceResourceTiming,
  monitorEventLoopDelay() {
    throw unsupported('perf_hooks.monitorEventLoopDelay');
  },
  createHistogram() {
    throw unsupported('perf_hooks.createHistogram');
  },
  performance,
  constants: {
    NODE_PERFORMANCE_GC_MAJOR: 4,
    NODE_PERFORMANCE_GC_MINOR: 1,
    NODE_PERFORMANCE_GC_INCREMENTAL: 8,
    NODE_PERFORMANCE_GC_WEAKCB: 16,
    NODE_PERFORMANCE_GC_FLAGS_NO: 0,
    NODE_PERFORMANCE_GC_FLAGS_CONSTRUCT_RETAINED: 2,
    NODE_PERFORMANCE_GC_FLAGS_FORCED: 4,
    NODE_PERFORMANCE_GC_FLAGS_SYNCHRONOUS_PHANTOM_PROCESSING: 8,
    NODE_PERFORMANCE_GC_FLAGS_ALL_AVAILABLE_GARBAGE: 16,
    NODE_PERFORMANCE_GC_FLAGS_ALL_EXTERNAL_MEMORY: 32,
    NODE_PERFORMANCE_GC_FLAGS_SCHEDULE_IDLE: 64,
  },
};
