'use strict';
// process.stdout and process.stderr: Writable streams, made on first use as
// in node. loopviz's output goes to the trace the way node's goes to a pipe
// on Linux: synchronously. So write() takes a direct path (no buffering, no
// internal ticks on the trace) and calls its callback on a nextTick; the
// rest of the Writable API (events, end(), the writable* properties, pipe
// targets) is a real Writable's.
const internal = require('loopviz:internal');
const { Writable } = require('stream');

function checkChunk(chunk) {
  if (typeof chunk === 'string' || ArrayBuffer.isView(chunk)) return;
  if (chunk === null) throw internal.nodeError('TypeError', 'ERR_STREAM_NULL_VALUES', 'May not write null values to stream');
  // What node's stdout (a pipe) says; a plain Writable names fewer types.
  throw internal.nodeError('TypeError', 'ERR_INVALID_ARG_TYPE',
    'The "chunk" argument must be of type string or an instance of Buffer, TypedArray, or DataView.' +
    ` Received ${describe(chunk)}`);
}

function describe(value) {
  const m = internal.argTypeError('x', 'y', value).message;
  return m.slice(m.indexOf(' Received ') + 10);
}

function bytesOf(chunk, encoding) {
  if (typeof chunk !== 'string') return chunk;
  if (!encoding || encoding === 'utf8' || encoding === 'utf-8' || encoding === 'buffer') return chunk;
  return Buffer.from(chunk, encoding);
}

class WriteStream extends Writable {
  constructor(fd) {
    super({
      decodeStrings: false,
      write(chunk, encoding, callback) {
        internal.stdioWrite(fd, bytesOf(chunk, encoding));
        callback();
      },
    });
    this.fd = fd;
    this._type = 'pipe';
    this._isStdio = true;
  }

  write(chunk, encoding, callback) {
    if (typeof encoding === 'function') {
      callback = encoding;
      encoding = undefined;
    }
    // An ended or destroyed stream answers as any Writable does.
    if (this.writableEnded || this.destroyed) return super.write(chunk, encoding, callback);
    checkChunk(chunk);
    internal.stdioWrite(this.fd, bytesOf(chunk, encoding));
    if (typeof callback === 'function') process.nextTick(callback);
    return true;
  }
}

module.exports = WriteStream;
