'use strict';
// The assert module: Node's assertions with its AssertionError and messages
// for the common cases (the diff of a failed deep comparison is simplified).
const internal = require('loopviz:internal');
const { isDeepStrictEqual } = require('util');
const inspect = internal.inspect;

class AssertionError extends Error {
  constructor(options) {
    const { message, actual, expected, operator, generated } = options;
    super(message);
    this.generatedMessage = Boolean(generated);
    this.code = 'ERR_ASSERTION';
    this.actual = actual;
    this.expected = expected;
    this.operator = operator;
    Object.defineProperty(this, 'name', { value: 'AssertionError', writable: true, configurable: true, enumerable: false });
  }
}

function fail(obj) {
  if (obj.message instanceof Error) throw obj.message;
  const generated = obj.message === undefined && obj.operator !== 'throws' && obj.operator !== 'rejects' && obj.operator !== 'fail';
  throw new AssertionError({ ...obj, message: obj.message !== undefined ? obj.message : obj.defaultMessage, generated });
}

function innerOk(value, message, argLen) {
  if (value) return;
  let defaultMessage;
  if (argLen === 0) {
    defaultMessage = 'No value argument passed to `assert.ok()`';
  } else {
    const src = internal.callSource();
    defaultMessage = src ? 'The expression evaluated to a falsy value:\n\n  ' + src + '\n' : inspect(value) + ' == true';
  }
  fail({ actual: value, expected: true, message, defaultMessage, operator: '==' });
}

function assert(...args) {
  innerOk(args[0], args[1], args.length);
}
assert.ok = function ok(...args) {
  innerOk(args[0], args[1], args.length);
};
assert.AssertionError = AssertionError;

assert.fail = function(message = 'Failed') {
  fail({ message, defaultMessage: 'Failed', operator: 'fail' });
};

assert.equal = function equal(actual, expected, message) {
  // eslint-disable-next-line eqeqeq
  if (!(actual == expected || (actual !== actual && expected !== expected))) {
    fail({ actual, expected, message, operator: '==', defaultMessage: `${inspect(actual)} == ${inspect(expected)}` });
  }
};
assert.notEqual = function notEqual(actual, expected, message) {
  // eslint-disable-next-line eqeqeq
  if (actual == expected || (actual !== actual && expected !== expected)) {
    fail({ actual, expected, message, operator: '!=', defaultMessage: `${inspect(actual)} != ${inspect(expected)}` });
  }
};
// Node shows two short primitives side by side and anything longer as a diff.
const kMaxShortLength = 12;
assert.strictEqual = function strictEqual(actual, expected, message) {
  if (Object.is(actual, expected)) return;
  const a = inspect(actual), b = inspect(expected);
  const primitive = (v) => v === null || (typeof v !== 'object' && typeof v !== 'function');
  let detail;
  if (primitive(actual) && primitive(expected) && !a.includes('\n') && !b.includes('\n') && a.length + b.length <= kMaxShortLength) {
    detail = `\n${a} !== ${b}\n`;
  } else {
    const lines = (s, sign) => s.split('\n').map((l) => sign + ' ' + l).join('\n');
    detail = `+ actual - expected\n\n${lines(a, '+')}\n${lines(b, '-')}`;
  }
  if (message !== undefined && !(message instanceof Error)) message = `${message}\n${detail}`;
  fail({ actual, expected, message, operator: 'strictEqual', defaultMessage: 'Expected values to be strictly equal:\n' + detail });
};
assert.notStrictEqual = function notStrictEqual(actual, expected, message) {
  if (Object.is(actual, expected)) {
    fail({ actual, expected, message, operator: 'notStrictEqual', defaultMessage: `Expected "actual" to be strictly unequal to: ${inspect(expected)}` });
  }
};
function deep(strict) {
  return function(actual, expected, message) {
    if (!isDeepStrictEqual(actual, expected) && (strict || !looseDeepEqual(actual, expected))) {
      const what = strict ? 'strictly deep-equal' : 'loosely deep-equal';
      fail({ actual, expected, message, operator: strict ? 'deepStrictEqual' : 'deepEqual',
        defaultMessage: `Expected values to be ${what}:\n\n${inspect(actual)}\n\nshould ${strict ? '' : 'loosely '}deep-equal\n\n${inspect(expected)}` });
    }
  };
}
function looseDeepEqual(a, b) {
  // eslint-disable-next-line eqeqeq
  if (a == b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  const ka = Object.keys(a), kb = Object.keys(b);
  if (ka.length !== kb.length) return false;
  return ka.every((k) => looseDeepEqual(a[k], b[k]));
}
assert.deepStrictEqual = deep(true);
assert.deepEqual = deep(false);
assert.notDeepStrictEqual = function(actual, expected, message) {
  if (isDeepStrictEqual(actual, expected)) {
    fail({ actual, expected, message, operator: 'notDeepStrictEqual', defaultMessage: `Expected "actual" not to be strictly deep-equal to: ${inspect(expected)}` });
  }
};
assert.notDeepEqual = function(actual, expected, message) {
  if (looseDeepEqual(actual, expected)) {
    fail({ actual, expected, message, operator: 'notDeepEqual', defaultMessage: `Expected "actual" not to be loosely deep-equal to: ${inspect(expected)}` });
  }
};

function matches(err, expected) {
  if (expected === undefined) return true;
  if (typeof expected === 'function') {
    if (expected.prototype !== undefined && err instanceof expected) return true;
    if (Error.isPrototypeOf(expected)) return false;
    return expected.call({}, err) === true;
  }
  if (expected instanceof RegExp) return expected.test(String(err));
  if (typeof expected === 'object' && expected !== null) {
    return Object.keys(expected).every((k) => expected[k] instanceof RegExp && typeof err[k] === 'string'
      ? expected[k].test(err[k]) : isDeepStrictEqual(err[k], expected[k]));
  }
  return true;
}

assert.throws = function throws(fn, expected, message) {
  if (typeof fn !== 'function') throw internal.argTypeError('fn', 'function', fn);
  if (typeof expected === 'string') {
    message = expected;
    expected = undefined;
  }
  try {
    fn();
  } catch (err) {
    if (!matches(err, expected)) throw err;
    return;
  }
  fail({ message, operator: 'throws', defaultMessage: 'Missing expected exception' + (message ? `: ${message}` : '.') });
};
assert.doesNotThrow = function doesNotThrow(fn, message) {
  try {
    fn();
  } catch (err) {
    fail({ actual: err, message, operator: 'doesNotThrow', defaultMessage: `Got unwanted exception.\nActual message: "${err && err.message}"` });
  }
};
assert.rejects = async function rejects(promiseFn, expected, message) {
  const p = typeof promiseFn === 'function' ? promiseFn() : promiseFn;
  try {
    await p;
  } catch (err) {
    if (!matches(err, expected)) throw err;
    return;
  }
  fail({ message, operator: 'rejects', defaultMessage: 'Missing expected rejection' + (message ? `: ${message}` : '.') });
};
assert.doesNotReject = async function doesNotReject(promiseFn, message) {
  const p = typeof promiseFn === 'function' ? promiseFn() : promiseFn;
  try {
    await p;
  } catch (err) {
    fail({ actual: err, message, operator: 'doesNotReject', defaultMessage: `Got unwanted rejection.\nActual message: "${err && err.message}"` });
  }
};
assert.match = function match(string, regexp, message) {
  if (!regexp.test(string)) {
    fail({ actual: string, expected: regexp, message, operator: 'match',
      defaultMessage: `The input did not match the regular expression ${inspect(regexp)}. Input:\n\n${inspect(string)}\n` });
  }
};
assert.doesNotMatch = function doesNotMatch(string, regexp, message) {
  if (regexp.test(string)) {
    fail({ actual: string, expected: regexp, message, operator: 'doesNotMatch',
      defaultMessage: `The input was expected to not match the regular expression ${inspect(regexp)}. Input:\n\n${inspect(string)}\n` });
  }
};
assert.ifError = function ifError(err) {
  if (err !== null && err !== undefined) throw err;
};
assert.strict = Object.assign(function strict(...args) { innerOk(args[0], args[1], args.length); }, assert, {
  equal: assert.strictEqual, notEqual: assert.notStrictEqual,
  deepEqual: assert.deepStrictEqual, notDeepEqual: assert.notDeepStrictEqual,
});
assert.strict.strict = assert.strict;

module.exports = assert;
