'use strict';
// The zlib module: gzip, deflate and their inverses, computed in Go. The
// callback forms run on the threadpool (as node's do), the Sync forms block
// the main thread, the streams are Transforms.
const internal = require('loopviz:internal');

// kChunkSize is node's zlib output chunk: each pool job fills at most this much.
const kChunkSize = 16 * 1024;

function input(buffer) {
  if (typeof buffer === 'string') return Buffer.from(buffer);
  if (ArrayBuffer.isView(buffer) || buffer instanceof ArrayBuffer) return buffer;
  throw internal.argTypeError('buffer', 'string or an instance of Buffer, TypedArray, DataView, or ArrayBuffer', buffer);
}

function zlibError(message, code, errno) {
  const e = new Error(message);
  e.errno = errno;
  e.code = code;
  return e;
}

function run(op, buffer, options) {
  const level = options && options.level !== undefined ? options.level : undefined;
  const finishFlush = options && options.finishFlush !== undefined ? options.finishFlush : undefined;
  return internal.zlib(op, input(buffer), level, finishFlush);
}

function syncFn(op) {
  return function(buffer, options) {
    const [out, cost, msg, code, errno] = run(op, buffer, options);
    internal.block(`zlib.${op}Sync`, cost);
    if (out === null) throw zlibError(msg, code, errno);
    return out;
  };
}

function asyncFn(op) {
  return function(buffer, options, callback) {
    if (typeof options === 'function') {
      callback = options;
      options = {};
    }
    if (typeof callback !== 'function') throw internal.argTypeError('callback', 'function', callback);
    const [out, cost, msg, code, errno] = run(op, buffer, options);
    // Node runs the job as its zlib stream does: one pool job per 16 KiB of
    // output while the input goes in, then one to finish the stream, each
    // with its poll-phase hop; the callback follows on a nextTick, when the
    // stream ends. Bad input fails in the first job.
    const jobs = out === null ? 1 : Math.ceil(out.length / kChunkSize) + 1;
    const share = Math.floor(cost / jobs);
    let done = 0;
    const label = () => (jobs === 1 ? `zlib.${op}` : done === jobs - 1 ? `zlib.${op} (finish)` : `zlib.${op} (output ${done + 1} of ${jobs - 1})`);
    const next = () => {
      if (++done < jobs) {
        internal.poolWork(label(), share, next);
        return;
      }
      if (out === null) process.nextTick(callback, zlibError(msg, code, errno));
      else process.nextTick(callback, null, out);
    };
    internal.poolWork(label(), cost - share * (jobs - 1), next);
  };
}

// Streams work chunk by chunk, as node's do: each chunk written goes through
// the coder on the pool, whose state carries over from chunk to chunk. One
// pool job fills at most one 16 KiB output buffer (chunkSize), and a buffer
// that is not full takes the next job's output first, so output comes out in
// pieces cut at every 16 KiB of the whole stream, each piece from its own
// job with its poll-phase hop. The chunk's write callback follows the last
// piece. The last chunk written after end() was called finishes the stream
// in the same job (node does the same); otherwise _flush finishes it.
const streamClasses = {};

function zlibStreamClass(op) {
  if (streamClasses[op]) return streamClasses[op];
  const { Transform } = require('stream');
  const name = op === 'unzip' ? 'Unzip' : op[0].toUpperCase() + op.slice(1);
  const cls = {
    [name]: class extends Transform {
      constructor(options) {
        super(options);
        const o = options || {};
        this._op = op;
        this._chunkSize = o.chunkSize >= 64 ? o.chunkSize : kChunkSize;
        this._coder = internal.zlibStream(op, o.level, o.finishFlush);
        this._handle = {}; // node's native handle: present while the stream is open
        this._done = false; // the coder has finished the stream
        this._produced = 0; // output bytes so far: where the 16 KiB cuts fall
        this._flushNext = false;
        this.bytesWritten = 0;
      }

      _transform(chunk, encoding, callback) {
        const last = this.writableEnded && this.writableLength === chunk.length;
        const flush = this._flushNext && chunk.length === 0;
        this._flushNext = false;
        this._code(chunk, last, flush, callback);
      }

      // The writable side finishes as soon as end() is called and the
      // writes are through; the readable side ends after one more pool job,
      // which finishes the stream if the last chunk did not.
      _final(callback) {
        callback();
      }

      _flush(callback) {
        this._code(null, !this._done, false, callback);
      }

      _destroy(err, callback) {
        this._coder.stop();
        this._handle = null;
        callback(err);
      }

      // flush([kind,] callback) pushes out what the compressor holds so far,
      // after the writes before it.
      flush(kind, callback) {
        if (typeof kind === 'function') callback = kind;
        this._flushNext = true;
        this.write(Buffer.alloc(0), () => { if (typeof callback === 'function') callback(); });
      }

      close(callback) {
        if (typeof callback === 'function') this.once('close', callback);
        this.destroy();
      }

      params(level, strategy, callback) {
        if (typeof callback === 'function') process.nextTick(callback);
      }

      _code(chunk, finish, flush, callback) {
        if (finish) this._done = true;
        const [out, cost, msg, code, errno] = this._coder.feed(chunk, finish, flush);
        const pieces = [];
        for (let at = 0; at < out.length;) {
          const n = Math.min(this._chunkSize - (this._produced % this._chunkSize), out.length - at);
          pieces.push(out.subarray(at, at + n));
          at += n;
          this._produced += n;
        }
        // A failure comes in a job of its own after any output it let
        // through (a truncated stream gives what it could, then fails).
        const failed = msg !== undefined;
        const jobs = Math.max(pieces.length + (failed && pieces.length > 0 ? 1 : 0), 1);
        const share = Math.floor(cost / jobs);
        const what = finish ? 'finish' : flush ? 'flush' : chunk === null ? 'end' : `${chunk.length} bytes in`;
        let i = 0;
        const label = () => (jobs === 1 ? `${name} stream: ${what}` : `${name} stream: ${what} (output ${i + 1} of ${jobs})`);
        const next = () => {
          if (this.destroyed) return;
          if (i < pieces.length) this.push(pieces[i]);
          if (++i < jobs) {
            internal.poolWork(label(), share, next);
          } else if (failed) {
            // As in node, the stream is destroyed with the error and the
            // chunk's write callback never runs.
            this.destroy(zlibError(msg, code, errno));
          } else {
            // What the engine has taken in counts once it is done with it.
            if (chunk !== null) this.bytesWritten += chunk.length;
            callback();
          }
        };
        internal.poolWork(label(), cost - share * (jobs - 1), next);
      }
    },
  }[name];
  streamClasses[op] = cls;
  return cls;
}

function streamFn(op) {
  return function(options) {
    const Cls = zlibStreamClass(op);
    return new Cls(options);
  };
}

const zlib = {};
for (const [name, op] of [['gzip', 'gzip'], ['gunzip', 'gunzip'], ['deflate', 'deflate'], ['inflate', 'inflate'],
  ['deflateRaw', 'deflateRaw'], ['inflateRaw', 'inflateRaw'], ['unzip', 'unzip']]) {
  zlib[name] = asyncFn(op);
  zlib[name + 'Sync'] = syncFn(op);
  zlib['create' + name[0].toUpperCase() + name.slice(1)] = streamFn(op);
}
zlib.constants = {
  Z_NO_FLUSH: 0, Z_PARTIAL_FLUSH: 1, Z_SYNC_FLUSH: 2, Z_FULL_FLUSH: 3, Z_FINISH: 4, Z_BLOCK: 5,
  Z_OK: 0, Z_STREAM_END: 1, Z_NEED_DICT: 2, Z_ERRNO: -1, Z_STREAM_ERROR: -2, Z_DATA_ERROR: -3,
  Z_MEM_ERROR: -4, Z_BUF_ERROR: -5, Z_VERSION_ERROR: -6, Z_NO_COMPRESSION: 0, Z_BEST_SPEED: 1,
  Z_BEST_COMPRESSION: 9, Z_DEFAULT_COMPRESSION: -1,
};
Object.assign(zlib, zlib.constants);
const unsupported = (name) => () => {
  throw internal.nodeError('Error', 'ERR_LOOPVIZ_UNSUPPORTED', `loopviz does not model zlib.${name} yet: it covers gzip and deflate`);
};
zlib.brotliCompress = unsupported('brotliCompress');
zlib.brotliCompressSync = unsupported('brotliCompressSync');
zlib.brotliDecompress = unsupported('brotliDecompress');
zlib.brotliDecompressSync = unsupported('brotliDecompressSync');
zlib.crc32 = undefined;

module.exports = zlib;
