'use strict';
// readline over a Readable: the input's 'data' chunks are decoded as UTF-8
// and split into lines, which are emitted ('line', or a pending question's
// answer) synchronously inside the input's 'data' event, one chunk at a
// time, as node does; the input's 'end' emits what is left as a last line and
// closes the interface ('pause', then 'close'). for await (const line of rl)
// reads the same lines through a queue, like events.on(rl, 'line').
//
// loopviz has no terminal: terminal: true behaves like false (no raw mode,
// no key handling, no history), and process.stdin is an empty input, as node
// sees `node app.js </dev/null`.
const internal = require('loopviz:internal');
const EventEmitter = require('events');
const { StringDecoder } = require('string_decoder');

const kDecoder = Symbol('kDecoder');
const kLineBuffer = Symbol('kLineBuffer');
const kSawReturnAt = Symbol('kSawReturnAt');
const kQuestion = Symbol('kQuestion');
const kOldPrompt = Symbol('kOldPrompt');
const kListeners = Symbol('kListeners');
const kLines = Symbol('kLines');

function useAfterClose() {
  return internal.nodeError('Error', 'ERR_USE_AFTER_CLOSE', 'readline was closed');
}

function invalidArgValue(name, value) {
  return internal.nodeError('TypeError', 'ERR_INVALID_ARG_VALUE', `The argument '${name}' is invalid. Received ${internal.inspect(value)}`);
}

function abortError(signal) {
  return new internal.AbortError(undefined, { cause: signal.reason });
}

function Interface(input, output, completer, terminal) {
  if (!(this instanceof Interface)) return new Interface(input, output, completer, terminal);
  EventEmitter.call(this);
  let historySize;
  let crlfDelay;
  let prompt = '> ';
  let signal;
  let tabSize = 8;
  let removeHistoryDuplicates = false;
  if (input && input.input) {
    // createInterface(options)
    const options = input;
    output = options.output;
    completer = options.completer;
    terminal = options.terminal;
    historySize = options.historySize;
    signal = options.signal;
    if (options.tabSize !== undefined) tabSize = options.tabSize;
    if (options.removeHistoryDuplicates !== undefined) removeHistoryDuplicates = Boolean(options.removeHistoryDuplicates);
    if (options.prompt !== undefined) prompt = options.prompt;
    crlfDelay = options.crlfDelay;
    input = options.input;
  }
  if (completer !== undefined && typeof completer !== 'function') throw invalidArgValue('completer', completer);
  if (historySize === undefined) historySize = 30;
  if (typeof historySize !== 'number' || Number.isNaN(historySize) || historySize < 0) {
    throw internal.rangeError('ERR_INVALID_ARG_VALUE', `The argument 'historySize' is invalid. Received ${internal.inspect(historySize)}`);
  }
  if (terminal === undefined && output !== null && output !== undefined) terminal = Boolean(output.isTTY);
  if (signal !== undefined && (signal === null || typeof signal !== 'object' || !('aborted' in signal))) {
    throw internal.argTypeError('options.signal', 'AbortSignal', signal);
  }

  this.completer = completer;
  this.crlfDelay = crlfDelay ? Math.max(100, crlfDelay) : 100;
  this.escapeCodeTimeout = 500;
  this.history = [];
  this.historySize = historySize;
  this.input = input;
  this.isCompletionEnabled = true;
  this.line = '';
  this.output = output;
  this.removeHistoryDuplicates = removeHistoryDuplicates;
  this.tabSize = tabSize;
  this.terminal = Boolean(terminal);
  Object.defineProperty(this, '_prompt', { value: prompt, writable: true, configurable: true });
  for (const key of [kDecoder, kLineBuffer, kSawReturnAt, kQuestion, kOldPrompt, kListeners, kLines]) {
    Object.defineProperty(this, key, { value: undefined, writable: true, configurable: true });
  }
  this[kDecoder] = new StringDecoder('utf8');
  this[kSawReturnAt] = 0;

  if (signal !== undefined && signal.aborted) {
    process.nextTick(() => this.close());
  } else if (signal !== undefined) {
    const onAbort = () => this.close();
    signal.addEventListener('abort', onAbort, { once: true });
    this.once('close', () => signal.removeEventListener('abort', onAbort));
  }

  const onData = (data) => this._normalWrite(data);
  const onEnd = () => {
    const rest = this[kLineBuffer];
    if (typeof rest === 'string' && rest.length > 0) this._onLine(rest);
    this[kLineBuffer] = null;
    this.close();
  };
  const onError = (err) => this.emit('error', err);
  this[kListeners] = { onData, onEnd, onError };
  input.on('error', onError);
  input.on('data', onData);
  input.on('end', onEnd);
  this.once('close', () => {
    input.removeListener('data', onData);
    input.removeListener('error', onError);
    input.removeListener('end', onEnd);
  });
  input.resume();
}
Object.setPrototypeOf(Interface.prototype, EventEmitter.prototype);
Object.setPrototypeOf(Interface, EventEmitter);

Object.defineProperty(Interface.prototype, 'columns', {
  get() {
    return this.output && this.output.columns ? this.output.columns : Infinity;
  },
  configurable: true,
});

Interface.prototype.setPrompt = function setPrompt(prompt) {
  this._prompt = prompt;
};

Interface.prototype.getPrompt = function getPrompt() {
  return this._prompt;
};

Interface.prototype._writeToOutput = function _writeToOutput(text) {
  if (typeof text !== 'string') throw internal.argTypeError('stringToWrite', 'string', text);
  if (this.output !== null && this.output !== undefined) this.output.write(text);
};

Interface.prototype.prompt = function prompt() {
  if (this.paused) this.resume();
  if (this.closed) throw useAfterClose();
  this._writeToOutput(this._prompt);
};

// _question asks query and hands the next line to cb instead of 'line'.
Interface.prototype._question = function _question(query, cb) {
  if (this.closed) throw useAfterClose();
  if (this[kQuestion]) {
    this.prompt();
    return;
  }
  this[kOldPrompt] = this._prompt;
  this.setPrompt(query);
  this[kQuestion] = cb;
  this.prompt();
};

// _questionCancel drops the pending question (its signal aborted) and ends
// the prompt's line.
Interface.prototype._questionCancel = function _questionCancel() {
  if (this[kQuestion]) {
    this[kQuestion] = null;
    this.setPrompt(this[kOldPrompt]);
    this._writeToOutput('\r\n');
  }
};

Interface.prototype.question = function question(query, options, cb) {
  cb = typeof options === 'function' ? options : cb;
  if (options !== null && typeof options === 'object' && options.signal) {
    const signal = options.signal;
    if (signal.aborted) return;
    const onAbort = () => this._questionCancel();
    signal.addEventListener('abort', onAbort, { once: true });
    const answer = cb;
    cb = (line) => {
      signal.removeEventListener('abort', onAbort);
      answer(line);
    };
  }
  if (typeof cb === 'function') this._question(query, cb);
};

Interface.prototype._onLine = function _onLine(line) {
  const cb = this[kQuestion];
  if (cb) {
    this[kQuestion] = null;
    this.setPrompt(this[kOldPrompt]);
    cb(line);
  } else {
    this.emit('line', line);
  }
};

// _normalWrite splits decoded text into lines. A '\r' that ends one chunk
// and a '\n' that starts the next (within crlfDelay ms) are one line end.
Interface.prototype._normalWrite = function _normalWrite(data) {
  if (data === undefined) return;
  let text = this[kDecoder].write(data);
  if (this[kSawReturnAt] && Date.now() - this[kSawReturnAt] <= this.crlfDelay) {
    if (text.charCodeAt(0) === 10) text = text.slice(1);
    this[kSawReturnAt] = 0;
  }
  const hasLineEnd = /[\r\n]/.test(text);
  if (this[kLineBuffer]) {
    text = this[kLineBuffer] + text;
    this[kLineBuffer] = null;
  }
  if (!hasLineEnd) {
    if (text) this[kLineBuffer] = text;
    return;
  }
  this[kSawReturnAt] = text.endsWith('\r') ? Date.now() : 0;
  const lines = text.split(/\r\n|\n|\r/);
  this[kLineBuffer] = lines.pop();
  for (const line of lines) this._onLine(line);
};

Interface.prototype.write = function write(data) {
  if (this.closed) throw useAfterClose();
  if (this.paused) this.resume();
  this._normalWrite(data);
};

Interface.prototype.pause = function pause() {
  if (this.paused) return;
  this.input.pause();
  this.paused = true;
  this.emit('pause');
  return this;
};

Interface.prototype.resume = function resume() {
  if (!this.paused) return;
  this.input.resume();
  this.paused = false;
  this.emit('resume');
  return this;
};

Interface.prototype.close = function close() {
  if (this.closed) return;
  this.pause();
  this.closed = true;
  this.emit('close');
};

Interface.prototype.getCursorPos = function getCursorPos() {
  return { rows: 0, cols: this.line.length };
};

// The async iterator is events.on(rl, 'line') that ends at 'close': lines
// already queued are still read after the close.
Interface.prototype[Symbol.asyncIterator] = function asyncIterator() {
  if (this[kLines] !== undefined) return this[kLines];
  const queue = [];
  const waiting = [];
  let error = null;
  let finished = false;
  const onLine = (line) => {
    const w = waiting.shift();
    if (w) w.resolve({ value: line, done: false });
    else queue.push(line);
  };
  const stop = () => {
    this.removeListener('line', onLine);
    this.removeListener('close', onClose);
    this.removeListener('error', onError);
    finished = true;
    for (const w of waiting.splice(0)) w.resolve({ value: undefined, done: true });
  };
  const onClose = () => stop();
  const onError = (err) => {
    const w = waiting.shift();
    if (w) w.reject(err);
    else error = err;
    stop();
  };
  this.on('line', onLine);
  this.on('close', onClose);
  this.on('error', onError);
  const iterator = {
    next() {
      if (queue.length > 0) return Promise.resolve({ value: queue.shift(), done: false });
      if (error) {
        const p = Promise.reject(error);
        error = null;
        return p;
      }
      if (finished) return Promise.resolve({ value: undefined, done: true });
      return new Promise((resolve, reject) => waiting.push({ resolve, reject }));
    },
    return() {
      stop();
      return Promise.resolve({ value: undefined, done: true });
    },
    throw(err) {
      error = err;
      stop();
      return Promise.reject(err);
    },
    [Symbol.asyncIterator]() {
      return this;
    },
  };
  if (this.closed) stop();
  this[kLines] = iterator;
  return iterator;
};

function createInterface(input, output, completer, terminal) {
  return new Interface(input, output, completer, terminal);
}

// ---------- cursor helpers (ANSI escape sequences) ----------

const CSI = '\x1b[';

function writeTo(stream, text, callback) {
  if (stream === null || stream === undefined) {
    if (typeof callback === 'function') process.nextTick(callback, null);
    return true;
  }
  return stream.write(text, callback);
}

function checkCallback(callback) {
  if (callback !== undefined && typeof callback !== 'function') throw internal.argTypeError('callback', 'function', callback);
}

function cursorTo(stream, x, y, callback) {
  if (typeof y === 'function') {
    callback = y;
    y = undefined;
  }
  checkCallback(callback);
  if (Number.isNaN(x)) throw invalidArgValue('x', x);
  if (Number.isNaN(y)) throw invalidArgValue('y', y);
  if (stream === null || stream === undefined || (typeof x !== 'number' && typeof y !== 'number')) {
    if (typeof callback === 'function') process.nextTick(callback, null);
    return true;
  }
  if (typeof x !== 'number') throw invalidArgValue('x', x);
  const text = typeof y !== 'number' ? `${CSI}${x + 1}G` : `${CSI}${y + 1};${x + 1}H`;
  return writeTo(stream, text, callback);
}

function moveCursor(stream, dx, dy, callback) {
  checkCallback(callback);
  if (stream === null || stream === undefined || !(dx || dy)) {
    if (typeof callback === 'function') process.nextTick(callback, null);
    return true;
  }
  let text = '';
  if (dx < 0) text += `${CSI}${-dx}D`;
  else if (dx > 0) text += `${CSI}${dx}C`;
  if (dy < 0) text += `${CSI}${-dy}A`;
  else if (dy > 0) text += `${CSI}${dy}B`;
  return writeTo(stream, text, callback);
}

function clearLine(stream, dir, callback) {
  checkCallback(callback);
  const text = dir < 0 ? `${CSI}1K` : dir > 0 ? `${CSI}0K` : `${CSI}2K`;
  return writeTo(stream, text, callback);
}

function clearScreenDown(stream, callback) {
  checkCallback(callback);
  return writeTo(stream, `${CSI}0J`, callback);
}

function emitKeypressEvents() {
  // Without a terminal there are no key presses to report.
}

// ---------- readline/promises ----------

class PromisesInterface extends Interface {
  constructor(input, output, completer, terminal) {
    super(input, output, completer, terminal);
  }

  question(query, options = undefined) {
    return new Promise((resolve, reject) => {
      let cb = resolve;
      const signal = options !== null && typeof options === 'object' ? options.signal : undefined;
      if (signal !== undefined) {
        if (signal.aborted) {
          reject(abortError(signal));
          return;
        }
        const onAbort = () => {
          this._questionCancel();
          reject(abortError(signal));
        };
        signal.addEventListener('abort', onAbort, { once: true });
        cb = (answer) => {
          signal.removeEventListener('abort', onAbort);
          resolve(answer);
        };
      }
      this._question(query, cb);
    });
  }
}

class Readline {
  constructor() {
    throw internal.nodeError('Error', 'ERR_LOOPVIZ_UNSUPPORTED',
      'loopviz does not model readline/promises Readline: it has no terminal. Rewrite the program without it, or run it under node');
  }
}

const promises = {
  Interface: PromisesInterface,
  Readline,
  createInterface(input, output, completer, terminal) {
    return new PromisesInterface(input, output, completer, terminal);
  },
};

module.exports = {
  Interface,
  clearLine,
  clearScreenDown,
  createInterface,
  cursorTo,
  emitKeypressEvents,
  moveCursor,
  promises,
};
