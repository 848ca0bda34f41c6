'use strict';
// timers/promises: promise-returning timers, on top of the global timers.
const internal = require('loopviz:internal');

function abortError(signal) {
  return new internal.AbortError(undefined, { cause: signal && signal.reason });
}

function checkOptions(options) {
  if (options === null || typeof options !== 'object') throw internal.argTypeError('options', 'object', options);
  const { signal, ref = true } = options;
  if (typeof ref !== 'boolean') throw internal.argTypeError('options.ref', 'boolean', ref);
  return { signal, ref };
}

function setTimeout(after, value, options = {}) {
  let opts;
  try {
    opts = checkOptions(options);
  } catch (err) {
    return Promise.reject(err);
  }
  const { signal, ref } = opts;
  if (signal && signal.aborted) return Promise.reject(abortError(signal));
  return new Promise((resolve, reject) => {
    const timeout = globalThis.setTimeout(resolve, after, value);
    if (!ref) timeout.unref();
    if (signal) {
      signal.addEventListener('abort', () => {
        globalThis.clearTimeout(timeout);
        reject(abortError(signal));
      }, { once: true });
    }
  });
}

function setImmediate(value, options = {}) {
  let opts;
  try {
    opts = checkOptions(options);
  } catch (err) {
    return Promise.reject(err);
  }
  const { signal, ref } = opts;
  if (signal && signal.aborted) return Promise.reject(abortError(signal));
  return new Promise((resolve, reject) => {
    const immediate = globalThis.setImmediate(resolve, value);
    if (!ref) immediate.unref();
    if (signal) {
      signal.addEventListener('abort', () => {
        globalThis.clearImmediate(immediate);
        reject(abortError(signal));
      }, { once: true });
    }
  });
}

async function* setInterval(after, value, options = {}) {
  const { signal, ref } = checkOptions(options);
  if (signal && signal.aborted) throw abortError(signal);
  let notYielded = 0;
  let callback;
  const interval = globalThis.setInterval(() => {
    notYielded++;
    if (callback) {
      callback();
      callback = undefined;
    }
  }, after);
  if (!ref) interval.unref();
  // Aborting clears the interval and makes a pending wait throw at once.
  const onCancel = () => {
    globalThis.clearInterval(interval);
    if (callback) {
      callback(Promise.reject(abortError(signal)));
      callback = undefined;
    }
  };
  if (signal) signal.addEventListener('abort', onCancel, { once: true });
  try {
    while (!(signal && signal.aborted)) {
      if (notYielded === 0) {
        await new Promise((resolve) => callback = resolve);
      }
      for (; notYielded > 0; notYielded--) {
        yield value;
      }
    }
    throw abortError(signal);
  } finally {
    globalThis.clearInterval(interval);
    if (signal) signal.removeEventListener('abort', onCancel);
  }
}

const scheduler = {
  wait(delay, options) {
    return setTimeout(delay, undefined, options);
  },
  yield() {
    return setImmediate();
  },
};

module.exports = { setTimeout, setImmediate, setInterval, scheduler };
