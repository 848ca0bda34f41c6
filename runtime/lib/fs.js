'use strict';
// The fs module on loopviz's virtual file system: the real disk read through,
// every write kept in memory. Each asynchronous primitive is one threadpool
// request (internal.fsAsync); readFile, writeFile and friends chain several,
// as Node does, so each step hops through the poll phase.
const internal = require('loopviz:internal');

const kReadFileBufferLength = 512 * 1024;
const kReadFileUnknownBufferLength = 64 * 1024;

function checkCallback(cb) {
  if (typeof cb !== 'function') throw internal.argTypeError('cb', 'function', cb);
  return cb;
}

function checkPath(path, name = 'path') {
  if (typeof path === 'string') return path;
  if (Buffer.isBuffer(path)) return path.toString();
  if (path !== null && typeof path === 'object' && typeof path.href === 'string' && path.protocol === 'file:') {
    return decodeURIComponent(path.pathname);
  }
  throw internal.argTypeError(name, 'string or an instance of Buffer or URL', path);
}

function getOptions(options, defaults) {
  if (options === undefined || options === null || typeof options === 'function') return defaults;
  if (typeof options === 'string') return { ...defaults, encoding: options };
  if (typeof options !== 'object') throw internal.argTypeError('options', 'string or an instance of Object', options);
  return { ...defaults, ...options };
}

function encode(buffer, encoding) {
  return encoding && encoding !== 'buffer' ? buffer.toString(encoding) : buffer;
}

function toData(data, encoding) {
  if (typeof data === 'string') return Buffer.from(data, encoding || 'utf8');
  if (ArrayBuffer.isView(data)) return data;
  throw internal.argTypeError('data', 'string or an instance of Buffer, TypedArray, or DataView', data);
}

// Stats and Dirent look like node's when printed.
const kEpoch = new Date(0);
class Stats {
  constructor(raw) {
    this.dev = 2049;
    this.mode = raw.mode;
    this.nlink = 1;
    this.uid = 1000;
    this.gid = 1000;
    this.rdev = 0;
    this.blksize = 4096;
    this.ino = 0;
    this.size = raw.size;
    this.blocks = Math.ceil(raw.size / 512);
    this.atimeMs = raw.timeMs;
    this.mtimeMs = raw.timeMs;
    this.ctimeMs = raw.timeMs;
    this.birthtimeMs = raw.timeMs;
    this.atime = new Date(raw.timeMs);
    this.mtime = new Date(raw.timeMs);
    this.ctime = new Date(raw.timeMs);
    this.birthtime = new Date(raw.timeMs);
    Object.defineProperty(this, '_dir', { value: raw.dir, enumerable: false });
  }
  isFile() { return !this._dir; }
  isDirectory() { return this._dir; }
  isSymbolicLink() { return false; }
  isFIFO() { return false; }
  isSocket() { return false; }
  isBlockDevice() { return false; }
  isCharacterDevice() { return false; }
}
void kEpoch;

const kType = Symbol('type');
class Dirent {
  constructor(name, dir, parent) {
    this.name = name;
    this.parentPath = parent;
    this.path = parent;
    this[kType] = dir ? 2 : 1;
  }
  isFile() { return this[kType] === 1; }
  isDirectory() { return this[kType] === 2; }
  isSymbolicLink() { return false; }
  isFIFO() { return false; }
  isSocket() { return false; }
  isBlockDevice() { return false; }
  isCharacterDevice() { return false; }
}

const async = (op, cb, ...args) => internal.fsAsync(op, cb, ...args);

// stepsOf: for a call made of several pool requests (readFile is open,
// fstat, read, close), a function making each request under the call's name,
// so the trace says `fs.readFile("a.txt"): fstat(fd 18)`.
function stepsOf(api, pathOrFd) {
  const purpose = typeof pathOrFd === 'number' ? `${api}(fd ${pathOrFd})` : `${api}(${JSON.stringify(internal.shortPath(String(pathOrFd)))})`;
  return (op, cb, ...args) => internal.fsStep(purpose, op, cb, ...args);
}
const sync = (op, ...args) => internal.fsSync(op, ...args);

function flagsOf(options, fallback) {
  const f = options && options.flag !== undefined ? options.flag : fallback;
  if (typeof f === 'number') return f & 1024 ? 'a' : f & 64 ? 'w' : 'r';
  return f;
}

// ---------- callback API ----------

function open(path, flags, mode, callback) {
  path = checkPath(path);
  if (typeof flags === 'function') {
    callback = flags;
    flags = 'r';
  } else if (typeof mode === 'function') {
    callback = mode;
  }
  checkCallback(callback);
  async('open', callback, path, flagsOf({ flag: flags }, 'r'));
}

function close(fd, callback = () => {}) {
  checkCallback(callback);
  async('close', callback, fd);
}

function read(fd, buffer, offset, length, position, callback) {
  if (typeof buffer === 'function') {
    callback = buffer;
    buffer = Buffer.alloc(16384);
    offset = 0;
    length = buffer.length;
    position = null;
  } else if (buffer && !ArrayBuffer.isView(buffer) && typeof buffer === 'object') {
    const o = buffer;
    callback = offset;
    buffer = o.buffer || Buffer.alloc(16384);
    offset = o.offset || 0;
    length = o.length !== undefined ? o.length : buffer.byteLength - offset;
    position = o.position;
  }
  checkCallback(callback);
  const pos = typeof position === 'number' && position >= 0 ? position : -1;
  async('read', (err, chunk) => {
    if (err) return callback(err, 0, buffer);
    chunk.copy(buffer, offset);
    callback(null, chunk.length, buffer);
  }, fd, length, pos);
}

function write(fd, data, offset, length, position, callback) {
  let cb = [offset, length, position, callback].find((x) => typeof x === 'function');
  checkCallback(cb);
  let chunk;
  if (typeof data === 'string') {
    chunk = Buffer.from(data, typeof length === 'string' ? length : 'utf8');
    position = typeof offset === 'number' ? offset : null;
  } else {
    const off = typeof offset === 'number' ? offset : 0;
    const len = typeof length === 'number' ? length : data.byteLength - off;
    chunk = Buffer.from(data.buffer, data.byteOffset + off, len);
  }
  const pos = typeof position === 'number' && position >= 0 ? position : -1;
  async('write', (err, n) => cb(err, n, data), fd, chunk, pos);
}

function fstat(fd, options, callback) {
  if (typeof options === 'function') callback = options;
  checkCallback(callback);
  async('fstat', (err, raw) => callback(err, err ? undefined : new Stats(raw)), fd);
}

function stat(path, options, callback) {
  if (typeof options === 'function') callback = options;
  path = checkPath(path);
  checkCallback(callback);
  async('stat', (err, raw) => callback(err, err ? undefined : new Stats(raw)), path);
}

function lstat(path, options, callback) {
  if (typeof options === 'function') callback = options;
  path = checkPath(path);
  checkCallback(callback);
  async('lstat', (err, raw) => callback(err, err ? undefined : new Stats(raw)), path);
}

function access(path, mode, callback) {
  if (typeof mode === 'function') callback = mode;
  path = checkPath(path);
  checkCallback(callback);
  async('access', (err) => callback(err), path);
}

function exists(path, callback) {
  checkCallback(callback);
  let p;
  try {
    p = checkPath(path);
  } catch {
    return process.nextTick(callback, false);
  }
  async('access', (err) => callback(!err), p);
}

function readdirResult(names, options, parent) {
  if (options && options.withFileTypes) return names.map(([n, d]) => new Dirent(n, d, parent));
  const enc = options && options.encoding;
  return names.map(([n]) => (enc === 'buffer' ? Buffer.from(n) : n));
}

function readdir(path, options, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  path = checkPath(path);
  checkCallback(callback);
  options = getOptions(options, {});
  async('readdir', (err, names) => callback(err, err ? undefined : readdirResult(names, options, path)), path);
}

function mkdir(path, options, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  path = checkPath(path);
  checkCallback(callback);
  const recursive = Boolean(options && typeof options === 'object' && options.recursive);
  async('mkdir', (err, first) => (recursive ? callback(err, first) : callback(err)), path, recursive);
}

function rmdir(path, options, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  path = checkPath(path);
  checkCallback(callback);
  async('rmdir', (err) => callback(err), path, Boolean(options && options.recursive));
}

function rm(path, options, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  path = checkPath(path);
  checkCallback(callback);
  async('rm', (err) => callback(err), path, Boolean(options && options.recursive), Boolean(options && options.force));
}

function unlink(path, callback) {
  path = checkPath(path);
  checkCallback(callback);
  async('unlink', (err) => callback(err), path);
}

function rename(oldPath, newPath, callback) {
  oldPath = checkPath(oldPath, 'oldPath');
  newPath = checkPath(newPath, 'newPath');
  checkCallback(callback);
  async('rename', (err) => callback(err), oldPath, newPath);
}

function mkdtemp(prefix, options, callback) {
  if (typeof options === 'function') callback = options;
  if (typeof prefix !== 'string') throw internal.argTypeError('prefix', 'string', prefix);
  checkCallback(callback);
  async('mkdtemp', callback, prefix);
}

function copyFile(src, dest, mode, callback) {
  if (typeof mode === 'function') callback = mode;
  src = checkPath(src, 'src');
  dest = checkPath(dest, 'dest');
  checkCallback(callback);
  async('copyFile', (err) => callback(err), src, dest);
}

// readFile is open, fstat, read (until the size is reached), close: four
// threadpool requests for a small file, each callback in a poll phase.
function readFile(path, options, callback) {
  callback = checkCallback(typeof options === 'function' ? options : callback);
  options = getOptions(options, { flag: 'r' });
  const isFd = typeof path === 'number';
  if (!isFd) path = checkPath(path);
  const step = stepsOf('fs.readFile', path);
  const chunks = [];
  let size = 0;
  let got = 0;
  const finish = (fd, err, result) => {
    if (isFd) return callback(err, result);
    step('close', (cerr) => callback(err || cerr || null, err ? undefined : result), fd);
  };
  const readMore = (fd) => {
    const length = size === 0 ? kReadFileUnknownBufferLength : Math.min(kReadFileBufferLength, size - got);
    step('read', (err, chunk) => {
      if (err) return finish(fd, err);
      if (chunk.length > 0) {
        chunks.push(chunk);
        got += chunk.length;
      }
      if (chunk.length === 0 || (size !== 0 && got >= size)) {
        let data = Buffer.concat(chunks, got);
        try {
          data = encode(data, options.encoding);
        } catch (e) {
          return finish(fd, e);
        }
        return finish(fd, null, data);
      }
      readMore(fd);
    }, fd, length, -1);
  };
  const afterOpen = (fd) => {
    step('fstat', (err, raw) => {
      if (err) return finish(fd, err);
      if (raw.dir) {
        const e = new Error('EISDIR: illegal operation on a directory, read');
        Object.assign(e, { errno: -21, code: 'EISDIR', syscall: 'read' });
        e.stack = 'Error: ' + e.message;
        return finish(fd, e);
      }
      size = raw.size;
      readMore(fd);
    }, fd);
  };
  if (isFd) return afterOpen(path);
  step('open', (err, fd) => (err ? callback(err) : afterOpen(fd)), path, flagsOf(options, 'r'));
}

// writeFile is open, write, close; appendFile the same with the 'a' flag.
function writeAll(path, data, options, flag, callback) {
  const buf = toData(data, options.encoding);
  const isFd = typeof path === 'number';
  if (!isFd) path = checkPath(path);
  const step = stepsOf(flag === 'a' ? 'fs.appendFile' : 'fs.writeFile', path);
  const afterOpen = (fd) => {
    step('write', (err) => {
      if (isFd) return callback(err);
      step('close', (cerr) => callback(err || cerr || null), fd);
    }, fd, buf, -1);
  };
  if (isFd) return afterOpen(path);
  step('open', (err, fd) => (err ? callback(err) : afterOpen(fd)), path, flagsOf(options, flag));
}

function writeFile(path, data, options, callback) {
  callback = checkCallback(typeof options === 'function' ? options : callback);
  writeAll(path, data, getOptions(options, { encoding: 'utf8', flag: 'w' }), 'w', callback);
}

function appendFile(path, data, options, callback) {
  callback = checkCallback(typeof options === 'function' ? options : callback);
  writeAll(path, data, getOptions(options, { encoding: 'utf8', flag: 'a' }), 'a', callback);
}

// ---------- Sync API: the same work, blocking the main thread ----------

function readFileSync(path, options) {
  options = getOptions(options, { flag: 'r' });
  const isFd = typeof path === 'number';
  const fd = isFd ? path : sync('open', checkPath(path), flagsOf(options, 'r'));
  try {
    const raw = sync('fstat', fd);
    if (raw.dir) {
      const e = new Error('EISDIR: illegal operation on a directory, read');
      Object.assign(e, { errno: -21, code: 'EISDIR', syscall: 'read' });
      throw e;
    }
    const chunks = [];
    let got = 0;
    for (;;) {
      const length = raw.size === 0 ? kReadFileUnknownBufferLength : Math.min(kReadFileBufferLength, raw.size - got);
      const chunk = sync('read', fd, length, -1);
      if (chunk.length === 0) break;
      chunks.push(chunk);
      got += chunk.length;
      if (raw.size !== 0 && got >= raw.size) break;
    }
    return encode(Buffer.concat(chunks, got), options.encoding);
  } finally {
    if (!isFd) sync('close', fd);
  }
}

function writeAllSync(path, data, options, flag) {
  const buf = toData(data, options.encoding);
  const isFd = typeof path === 'number';
  const fd = isFd ? path : sync('open', checkPath(path), flagsOf(options, flag));
  try {
    sync('write', fd, buf, -1);
  } finally {
    if (!isFd) sync('close', fd);
  }
}


// ---------- streams ----------

// ReadStream and WriteStream are ordinary streams whose _construct opens the
// file, whose reads and writes are fs.read/fs.write requests on the
// threadpool, and whose _destroy closes the file: every chunk is a pool job
// with its poll-phase hop. The classes are built on first use, so programs
// that never stream never load the stream module.
let streamClasses;

function streamClassesOf() {
  if (streamClasses) return streamClasses;
  const { Readable, Writable } = require('stream');

  function fileOptions(options, defaults) {
    if (typeof options === 'string') options = { encoding: options };
    return Object.assign({}, defaults, options || {});
  }

  function openForStream(stream, ready) {
    stream.step('open', (err, fd) => {
      if (err) return ready(err);
      stream.fd = fd;
      ready();
      stream.emit('open', fd);
      stream.emit('ready');
    }, stream.path, flagsOf({ flag: stream.flags }, 'r'));
  }

  function closeForStream(stream, err, done) {
    if (stream.fd === null || !stream.autoClose) return done(err);
    stream.step('close', (closeErr) => {
      stream.fd = null;
      done(err || closeErr);
    }, stream.fd);
  }

  class ReadStream extends Readable {
    constructor(path, options) {
      options = fileOptions(options, { highWaterMark: 64 * 1024 });
      // autoClose: false keeps the stream (and its fd) alive past its end.
      if (options.autoDestroy === undefined) options.autoDestroy = options.autoClose === undefined ? true : options.autoClose;
      super(options);
      this.fd = options.fd === undefined ? null : options.fd;
      this.path = this.fd === null ? checkPath(path) : undefined;
      this.flags = options.flags === undefined ? 'r' : options.flags;
      this.mode = options.mode === undefined ? 0o666 : options.mode;
      this.start = options.start;
      this.end = options.end === undefined ? Infinity : options.end;
      this.pos = this.start;
      this.bytesRead = 0;
      this.autoClose = options.autoClose === undefined ? true : options.autoClose;
      this.step = stepsOf('fs.createReadStream', this.path === undefined ? this.fd : this.path);
      if (this.start !== undefined && this.start > this.end) {
        throw rangeOutOf('start', `<= "end" (here: ${this.end})`, this.start);
      }
    }
    get pending() { return this.fd === null; }
    _construct(callback) {
      if (this.fd !== null) callback();
      else openForStream(this, callback);
    }
    _read(n) {
      // Reads stop at `end` (inclusive), which may fall inside a chunk.
      const want = this.end === Infinity ? n : Math.max(0, Math.min(n, this.end - this.nextPosition() + 1));
      if (want === 0) {
        this.push(null);
        return;
      }
      const position = this.pos === undefined ? -1 : this.nextPosition();
      this.step('read', (err, chunk) => {
        if (err) {
          this.destroy(err);
        } else if (chunk.length > 0) {
          this.bytesRead += chunk.length;
          this.push(chunk);
        } else {
          this.push(null);
        }
      }, this.fd, want, position);
    }
    nextPosition() {
      return (this.start || 0) + this.bytesRead;
    }
    _destroy(err, callback) {
      closeForStream(this, err, callback);
    }
    close(callback) {
      if (typeof callback === 'function') require('stream').finished(this, callback);
      this.destroy();
    }
  }

  class WriteStream extends Writable {
    constructor(path, options) {
      options = fileOptions(options, { decodeStrings: true });
      super(options);
      this.fd = options.fd === undefined ? null : options.fd;
      this.path = this.fd === null ? checkPath(path) : undefined;
      this.flags = options.flags === undefined ? 'w' : options.flags;
      this.mode = options.mode === undefined ? 0o666 : options.mode;
      this.start = options.start;
      this.pos = this.start;
      this.bytesWritten = 0;
      this.autoClose = options.autoClose === undefined ? true : options.autoClose;
      this.step = stepsOf('fs.createWriteStream', this.path === undefined ? this.fd : this.path);
    }
    get pending() { return this.fd === null; }
    _construct(callback) {
      if (this.fd !== null) callback();
      else openForStream(this, callback);
    }
    _write(chunk, encoding, callback) {
      const position = this.pos === undefined ? -1 : this.pos + this.bytesWritten;
      this.step('write', (err, n) => {
        if (err) return callback(err);
        this.bytesWritten += n;
        callback();
      }, this.fd, chunk, position);
    }
    // Chunks that queued up while a write was on the pool go out together, as
    // one writev request.
    _writev(chunks, callback) {
      this._write(Buffer.concat(chunks.map((c) => c.chunk)), 'buffer', callback);
    }
    _destroy(err, callback) {
      closeForStream(this, err, callback);
    }
    close(callback) {
      if (typeof callback === 'function') {
        if (this.closed) {
          process.nextTick(callback);
          return;
        }
        this.on('close', callback);
      }
      if (!this.writableEnded) this.end();
      else if (this.writableFinished && !this.destroyed) this.destroy();
    }
    destroySoon() {
      this.end();
    }
  }

  streamClasses = { ReadStream, WriteStream };
  return streamClasses;
}

function rangeOutOf(name, range, value) {
  const err = new RangeError(`The value of "${name}" is out of range. It must be ${range}. Received ${value}`);
  err.code = 'ERR_OUT_OF_RANGE';
  return err;
}

function createReadStream(path, options) {
  return new (streamClassesOf().ReadStream)(path, options);
}

function createWriteStream(path, options) {
  return new (streamClassesOf().WriteStream)(path, options);
}

const fs = {
  createReadStream, createWriteStream,
  open, close, read, write, fstat, stat, lstat, access, exists, readdir, mkdir, rmdir, rm, unlink,
  rename, copyFile, readFile, writeFile, appendFile, mkdtemp,
  mkdtempSync: (prefix) => sync('mkdtemp', prefix),
  openSync: (path, flags = 'r') => sync('open', checkPath(path), flagsOf({ flag: flags }, 'r')),
  closeSync: (fd) => { sync('close', fd); },
  readSync(fd, buffer, offset = 0, length = buffer.byteLength - offset, position = null) {
    if (offset !== null && typeof offset === 'object') ({ offset = 0, length = buffer.byteLength - offset, position = null } = offset);
    const chunk = sync('read', fd, length, typeof position === 'number' && position >= 0 ? position : -1);
    chunk.copy(buffer, offset);
    return chunk.length;
  },
  writeSync(fd, data, offset, length, position) {
    const buf = typeof data === 'string' ? Buffer.from(data, typeof length === 'string' ? length : 'utf8') : data;
    const pos = typeof data === 'string' ? offset : position;
    return sync('write', fd, buf, typeof pos === 'number' && pos >= 0 ? pos : -1);
  },
  fstatSync: (fd) => new Stats(sync('fstat', fd)),
  statSync(path, options) {
    try {
      return new Stats(sync('stat', checkPath(path)));
    } catch (e) {
      if (options && options.throwIfNoEntry === false && e.code === 'ENOENT') return undefined;
      throw e;
    }
  },
  lstatSync: (path) => new Stats(sync('lstat', checkPath(path))),
  accessSync: (path) => { sync('access', checkPath(path)); },
  existsSync(path) {
    try {
      sync('access', checkPath(path));
      return true;
    } catch {
      return false;
    }
  },
  readdirSync(path, options) {
    path = checkPath(path);
    return readdirResult(sync('readdir', path), getOptions(options, {}), path);
  },
  mkdirSync(path, options) {
    const recursive = Boolean(options && typeof options === 'object' && options.recursive);
    const first = sync('mkdir', checkPath(path), recursive);
    return recursive ? first : undefined;
  },
  rmdirSync: (path, options) => { sync('rmdir', checkPath(path), Boolean(options && options.recursive)); },
  rmSync: (path, options) => { sync('rm', checkPath(path), Boolean(options && options.recursive), Boolean(options && options.force)); },
  unlinkSync: (path) => { sync('unlink', checkPath(path)); },
  renameSync: (a, b) => { sync('rename', checkPath(a, 'oldPath'), checkPath(b, 'newPath')); },
  copyFileSync: (a, b) => { sync('copyFile', checkPath(a, 'src'), checkPath(b, 'dest')); },
  readFileSync,
  writeFileSync: (path, data, options) => writeAllSync(path, data, getOptions(options, { encoding: 'utf8', flag: 'w' }), 'w'),
  appendFileSync: (path, data, options) => writeAllSync(path, data, getOptions(options, { encoding: 'utf8', flag: 'a' }), 'a'),
  Stats,
  Dirent,
  constants: {
    F_OK: 0, R_OK: 4, W_OK: 2, X_OK: 1,
    O_RDONLY: 0, O_WRONLY: 1, O_RDWR: 2, O_CREAT: 64, O_EXCL: 128, O_TRUNC: 512, O_APPEND: 1024,
    COPYFILE_EXCL: 1, COPYFILE_FICLONE: 2, COPYFILE_FICLONE_FORCE: 4,
  },
  F_OK: 0, R_OK: 4, W_OK: 2, X_OK: 1,
};

// fs.promises: the callback API wrapped in promises.
const wrap = (fn) => (...args) => new Promise((resolve, reject) => {
  fn(...args, (err, value) => (err ? reject(err) : resolve(value)));
});
fs.promises = {
  readFile: wrap(readFile),
  writeFile: wrap(writeFile),
  appendFile: wrap(appendFile),
  stat: wrap(stat),
  lstat: wrap(lstat),
  access: wrap(access),
  readdir: wrap(readdir),
  mkdir: wrap(mkdir),
  rmdir: wrap(rmdir),
  rm: wrap(rm),
  unlink: wrap(unlink),
  rename: wrap(rename),
  copyFile: wrap(copyFile),
  mkdtemp: wrap(mkdtemp),
  constants: fs.constants,
};

for (const name of ['ReadStream', 'WriteStream']) {
  Object.defineProperty(fs, name, { enumerable: true, get: () => streamClassesOf()[name] });
}

module.exports = fs;
