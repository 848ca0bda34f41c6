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
  return internal.zlib(op, input(buffer), level);
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

// Streams collect their input and transform it at the end: loopviz's zlib
// streams emit one chunk (node's emit one per 16 KiB of output).
function streamFn(op) {
  return function(options) {
    const { Transform } = require('stream');
    const chunks = [];
    return new Transform({
      transform(chunk, enc, cb) {
        chunks.push(chunk);
        cb();
      },
      flush(cb) {
        const [out, cost, msg, code, errno] = run(op, Buffer.concat(chunks), options);
        internal.poolWork(`zlib.${op} stream`, cost, () => {
          if (out === null) return cb(zlibError(msg, code, errno));
          cb(null, out);
        });
      },
    });
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
