'use strict';
// The http module: HTTP/1.1 servers and clients over loopviz's simulated
// loopback network (the net module). Messages travel as real HTTP/1.1 text:
// a request line or status line, headers, then a body framed by
// Content-Length, by chunked transfer coding, or by the end of the
// connection, so a raw net client can talk to an http server and an http
// client to a raw net server. The parser and the serializer are loopviz's
// own; their behaviour (header order, framing choices, which events run in
// which tick) follows what node 20 was seen to do.
const internal = require('loopviz:internal');
const net = require('net');
const EventEmitter = require('events');
const { Readable, Stream } = require('stream');

const kMaxHeaderSize = 16384;
const kHighWaterMark = 16384;

const STATUS_CODES = {
  100: 'Continue', 101: 'Switching Protocols', 102: 'Processing', 103: 'Early Hints',
  200: 'OK', 201: 'Created', 202: 'Accepted', 203: 'Non-Authoritative Information', 204: 'No Content',
  205: 'Reset Content', 206: 'Partial Content', 207: 'Multi-Status', 208: 'Already Reported', 226: 'IM Used',
  300: 'Multiple Choices', 301: 'Moved Permanently', 302: 'Found', 303: 'See Other', 304: 'Not Modified',
  305: 'Use Proxy', 307: 'Temporary Redirect', 308: 'Permanent Redirect',
  400: 'Bad Request', 401: 'Unauthorized', 402: 'Payment Required', 403: 'Forbidden', 404: 'Not Found',
  405: 'Method Not Allowed', 406: 'Not Acceptable', 407: 'Proxy Authentication Required', 408: 'Request Timeout',
  409: 'Conflict', 410: 'Gone', 411: 'Length Required', 412: 'Precondition Failed', 413: 'Payload Too Large',
  414: 'URI Too Long', 415: 'Unsupported Media Type', 416: 'Range Not Satisfiable', 417: 'Expectation Failed',
  418: "I'm a Teapot", 421: 'Misdirected Request', 422: 'Unprocessable Entity', 423: 'Locked',
  424: 'Failed Dependency', 425: 'Too Early', 426: 'Upgrade Required', 428: 'Precondition Required',
  429: 'Too Many Requests', 431: 'Request Header Fields Too Large', 451: 'Unavailable For Legal Reasons',
  500: 'Internal Server Error', 501: 'Not Implemented', 502: 'Bad Gateway', 503: 'Service Unavailable',
  504: 'Gateway Timeout', 505: 'HTTP Version Not Supported', 506: 'Variant Also Negotiates',
  507: 'Insufficient Storage', 508: 'Loop Detected', 509: 'Bandwidth Limit Exceeded', 510: 'Not Extended',
  511: 'Network Authentication Required',
};

const METHODS = ['ACL', 'BIND', 'CHECKOUT', 'CONNECT', 'COPY', 'DELETE', 'GET', 'HEAD', 'LINK', 'LOCK',
  'M-SEARCH', 'MERGE', 'MKACTIVITY', 'MKCALENDAR', 'MKCOL', 'MOVE', 'NOTIFY', 'OPTIONS', 'PATCH', 'POST',
  'PROPFIND', 'PROPPATCH', 'PURGE', 'PUT', 'QUERY', 'REBIND', 'REPORT', 'SEARCH', 'SOURCE', 'SUBSCRIBE',
  'TRACE', 'UNBIND', 'UNLINK', 'UNLOCK', 'UNSUBSCRIBE'];
const knownMethods = new Set(METHODS);

// Methods whose requests carry no body unless the program writes one: they
// get no "Content-Length: 0" when ended empty.
const bodilessMethods = new Set(['GET', 'HEAD', 'DELETE', 'OPTIONS', 'TRACE', 'CONNECT']);

// Duplicates of these request or response headers are dropped (the first
// wins); set-cookie collects an array, cookie joins with '; ', the rest ', '.
const singleHeaders = new Set(['age', 'authorization', 'content-length', 'content-type', 'etag', 'expires', 'from',
  'host', 'if-modified-since', 'if-unmodified-since', 'last-modified', 'location', 'max-forwards',
  'proxy-authorization', 'referer', 'retry-after', 'server', 'user-agent']);

const tokenRe = /^[\^_`a-zA-Z\-0-9!#$%&'*+.|~]+$/;
const badValueRe = /[^\t\x20-\x7e\x80-\xff]/;

function validateHeaderName(name, label) {
  if (typeof name !== 'string' || !name || !tokenRe.test(name)) {
    throw internal.nodeError('TypeError', 'ERR_INVALID_HTTP_TOKEN', `${label || 'Header name'} must be a valid HTTP token ["${name}"]`);
  }
}

function validateHeaderValue(name, value) {
  if (value === undefined) {
    throw internal.nodeError('TypeError', 'ERR_HTTP_INVALID_HEADER_VALUE', `Invalid value "${value}" for header "${name}"`);
  }
  if (badValueRe.test(String(value))) {
    throw internal.nodeError('TypeError', 'ERR_INVALID_CHAR', `Invalid character in header content ["${name}"]`);
  }
}

function byteLength(chunk, encoding) {
  if (typeof chunk === 'string') return Buffer.byteLength(chunk, encoding);
  return chunk.length;
}

function toBuffer(chunk, encoding) {
  return typeof chunk === 'string' ? Buffer.from(chunk, encoding || 'utf8') : chunk;
}

function parseError(code, reason, bytesParsed, raw) {
  const e = new Error(`Parse Error: ${reason}`);
  e.bytesParsed = bytesParsed;
  e.code = code;
  e.reason = reason;
  e.rawPacket = raw;
  e.stack = `Error: ${e.message}`;
  return e;
}

// MessageReader is loopviz's HTTP/1.1 parser: it takes the bytes of a
// connection as they arrive and reports each message's head, its body
// pieces and its end. kind is 'request' or 'response'.
class MessageReader {
  constructor(kind, handlers) {
    this.kind = kind;
    this.h = handlers; // onHead(head) -> { skipBody }, onBody(buf), onDone(), onError(err)
    this.pending = null; // unconsumed bytes of a head or chunk line
    this.state = 'head';
    this.remaining = 0;
    this.failed = false;
    this.paused = false;
    this.parsed = 0;
  }

  execute(buf) {
    if (this.failed) return;
    if (this.pending && this.pending.length) {
      buf = Buffer.concat([this.pending, buf]);
      this.pending = null;
    }
    let off = 0;
    while (off < buf.length && !this.failed && !this.detached) {
      const s = this.state;
      if (s === 'head' || s === 'chunk-size' || s === 'chunk-crlf' || s === 'trailers') {
        const text = buf.toString('latin1', off);
        const consumed = this.lineState(text, buf.subarray(off));
        if (consumed < 0) {
          this.pending = buf.subarray(off);
          if (this.state === 'head' && this.pending.length > kMaxHeaderSize) {
            this.fail('HPE_HEADER_OVERFLOW', 'Header overflow', buf);
          }
          return;
        }
        off += consumed;
      } else if (s === 'body') {
        const n = Math.min(this.remaining, buf.length - off);
        const piece = buf.subarray(off, off + n);
        off += n;
        this.remaining -= n;
        this.h.onBody(piece);
        if (this.remaining === 0) this.done();
      } else if (s === 'chunk-data') {
        const n = Math.min(this.remaining, buf.length - off);
        const piece = buf.subarray(off, off + n);
        off += n;
        this.remaining -= n;
        this.h.onBody(piece);
        if (this.remaining === 0) this.state = 'chunk-crlf';
      } else if (s === 'until-close') {
        this.h.onBody(buf.subarray(off));
        off = buf.length;
      } else {
        return;
      }
    }
  }

  // lineState handles the states that read text lines; it returns the bytes
  // consumed, or -1 when it needs more input.
  lineState(text, raw) {
    if (this.state === 'head') {
      let start = 0;
      while (text.startsWith('\r\n', start) || text.startsWith('\n', start)) start += text[start] === '\r' ? 2 : 1;
      const end = text.indexOf('\r\n\r\n', start);
      const endLF = text.indexOf('\n\n', start);
      let stop;
      let sep;
      if (end >= 0 && (endLF < 0 || end < endLF)) {
        stop = end;
        sep = 4;
      } else if (endLF >= 0) {
        stop = endLF;
        sep = 2;
      } else {
        if (start === text.length) return text.length;
        this.checkStart(text.slice(start), raw);
        return this.failed ? 0 : -1;
      }
      if (stop - start > kMaxHeaderSize) {
        this.fail('HPE_HEADER_OVERFLOW', 'Header overflow', raw);
        return 0;
      }
      this.head(text.slice(start, stop), raw);
      return stop + sep;
    }
    const nl = text.indexOf('\n');
    if (nl < 0) return -1;
    const line = text.slice(0, nl).replace(/\r$/, '');
    if (this.state === 'chunk-crlf') {
      if (line !== '') return this.fail('HPE_STRICT', 'Expected CRLF after chunk', raw), 0;
      this.state = 'chunk-size';
      return nl + 1;
    }
    if (this.state === 'chunk-size') {
      const m = /^([0-9a-fA-F]+)[ \t]*(;.*)?$/.exec(line);
      if (!m) return this.fail('HPE_INVALID_CHUNK_SIZE', 'Invalid character in chunk size', raw), 0;
      const size = parseInt(m[1], 16);
      if (size === 0) {
        this.state = 'trailers';
        this.trailerLines = [];
      } else {
        this.remaining = size;
        this.state = 'chunk-data';
      }
      return nl + 1;
    }
    // trailers
    if (line === '') {
      const trailers = [];
      for (const l of this.trailerLines) {
        const i = l.indexOf(':');
        if (i > 0) trailers.push(l.slice(0, i).trim(), l.slice(i + 1).trim());
      }
      this.trailers = trailers;
      this.done();
      return nl + 1;
    }
    this.trailerLines.push(line);
    return nl + 1;
  }

  checkStart(text, raw) {
    // Fail early on a start line that can never be valid.
    if (this.kind === 'request') {
      const sp = text.indexOf(' ');
      const word = sp >= 0 ? text.slice(0, sp) : text;
      if (!/^[A-Z-]*$/.test(word) || (sp >= 0 && !knownMethods.has(word))) this.fail('HPE_INVALID_METHOD', 'Invalid method encountered', raw);
    } else if (!'HTTP/'.startsWith(text.slice(0, 5)) && !text.startsWith('HTTP/')) {
      this.fail('HPE_INVALID_CONSTANT', 'Expected HTTP/', raw);
    }
  }

  fail(code, reason, raw) {
    this.failed = true;
    this.h.onError(parseError(code, reason, this.parsed, raw));
  }

  head(text, raw) {
    const lines = text.split(/\r?\n/);
    const first = lines[0];
    const head = { rawHeaders: [] };
    if (this.kind === 'request') {
      const m = /^([A-Z-]+) (\S+) HTTP\/(\d)\.(\d)$/.exec(first);
      if (!m) {
        const word = first.split(' ')[0];
        if (!knownMethods.has(word)) return this.fail('HPE_INVALID_METHOD', 'Invalid method encountered', raw);
        return this.fail('HPE_INVALID_CONSTANT', 'Expected HTTP/', raw);
      }
      if (!knownMethods.has(m[1])) return this.fail('HPE_INVALID_METHOD', 'Invalid method encountered', raw);
      head.method = m[1];
      head.url = m[2];
      head.major = Number(m[3]);
      head.minor = Number(m[4]);
    } else {
      const m = /^HTTP\/(\d)\.(\d) (\d{3})(?: (.*))?$/.exec(first);
      if (!m) return this.fail('HPE_INVALID_CONSTANT', 'Expected HTTP/', raw);
      head.major = Number(m[1]);
      head.minor = Number(m[2]);
      head.statusCode = Number(m[3]);
      head.statusMessage = m[4] || '';
    }
    let length = null;
    let chunked = false;
    let connection = '';
    for (let i = 1; i < lines.length; i++) {
      const line = lines[i];
      const c = line.indexOf(':');
      if (c <= 0 || !tokenRe.test(line.slice(0, c))) return this.fail('HPE_INVALID_HEADER_TOKEN', 'Invalid header token', raw);
      const name = line.slice(0, c);
      const value = line.slice(c + 1).trim();
      head.rawHeaders.push(name, value);
      const lower = name.toLowerCase();
      if (lower === 'content-length') {
        if (!/^\d+$/.test(value) || (length !== null && length !== Number(value))) return this.fail('HPE_UNEXPECTED_CONTENT_LENGTH', 'Unexpected content-length header', raw);
        length = Number(value);
      } else if (lower === 'transfer-encoding') {
        chunked = /(^|,)\s*chunked\s*$/i.test(value);
      } else if (lower === 'connection') {
        connection += (connection ? ',' : '') + value.toLowerCase();
      }
    }
    const http11 = head.major === 1 && head.minor >= 1;
    const tokens = connection.split(',').map((t) => t.trim());
    head.keepAlive = http11 ? !tokens.includes('close') : tokens.includes('keep-alive');
    head.upgrade = false;
    const res = this.h.onHead(head) || {};
    if (this.detached) return;
    if (this.kind === 'request') {
      if (chunked) this.state = 'chunk-size';
      else if (length) {
        this.state = 'body';
        this.remaining = length;
      } else this.done();
    } else {
      const code = head.statusCode;
      if (res.skipBody || (code >= 100 && code < 200) || code === 204 || code === 304) this.done();
      else if (chunked) this.state = 'chunk-size';
      else if (length !== null) {
        if (length === 0) this.done();
        else {
          this.state = 'body';
          this.remaining = length;
        }
      } else {
        this.state = 'until-close';
        this.untilClose = true;
      }
    }
  }

  done() {
    this.state = 'head';
    const trailers = this.trailers || [];
    this.trailers = null;
    this.untilClose = false;
    this.h.onDone(trailers);
  }

  // finish is the connection's end: a body read until close ends here.
  finish() {
    if (this.state === 'until-close') {
      this.done();
      return true;
    }
    return this.state === 'head' && !(this.pending && this.pending.length);
  }
}

// Headers as programs see them.
function fillHeaders(msg, raw, target, distinctTarget) {
  for (let i = 0; i < raw.length; i += 2) {
    const name = raw[i].toLowerCase();
    const value = raw[i + 1];
    if (distinctTarget) {
      if (distinctTarget[name]) distinctTarget[name].push(value);
      else distinctTarget[name] = [value];
    }
    if (name === 'set-cookie') {
      if (target[name]) target[name].push(value);
      else target[name] = [value];
    } else if (target[name] === undefined) {
      target[name] = value;
    } else if (!singleHeaders.has(name)) {
      target[name] += (name === 'cookie' ? '; ' : ', ') + value;
    }
  }
}

// IncomingMessage is a request a server received or a response a client
// received: a Readable of the body.
class IncomingMessage extends Readable {
  constructor(socket) {
    super();
    this.socket = socket;
    this.httpVersionMajor = null;
    this.httpVersionMinor = null;
    this.httpVersion = null;
    this.complete = false;
    this.rawHeaders = [];
    this.rawTrailers = [];
    this.headers = {};
    this.trailers = {};
    this.aborted = false;
    this.upgrade = null;
    this.url = '';
    this.method = null;
    this.statusCode = null;
    this.statusMessage = null;
    this._pausedSocket = false;
    this._consuming = false;
    this._dumped = false;
  }

  get connection() {
    return this.socket;
  }

  get headersDistinct() {
    const out = {};
    for (let i = 0; i < this.rawHeaders.length; i += 2) {
      const n = this.rawHeaders[i].toLowerCase();
      (out[n] = out[n] || []).push(this.rawHeaders[i + 1]);
    }
    return out;
  }

  _setHead(head) {
    this.httpVersionMajor = head.major;
    this.httpVersionMinor = head.minor;
    this.httpVersion = `${head.major}.${head.minor}`;
    this.rawHeaders = head.rawHeaders;
    fillHeaders(this, head.rawHeaders, this.headers, null);
  }

  // setTimeout arms the connection's idle timer; when it fires, the http
  // side decides who hears of it (this message, if it is still arriving).
  setTimeout(ms, cb) {
    if (cb) this.on('timeout', cb);
    if (this.socket) this.socket.setTimeout(ms);
    return this;
  }

  read(n) {
    this._consuming = true;
    return super.read(n);
  }

  _read() {
    if (this._pausedSocket && this.socket) {
      this._pausedSocket = false;
      this.socket.resume();
    }
  }

  _pushBody(chunk) {
    if (!this.push(chunk) && this.socket && !this._pausedSocket) {
      this._pausedSocket = true;
      this.socket.pause();
    }
  }

  // _dump discards a body nobody reads, so that the message ends and the
  // connection can serve the next one.
  _dump() {
    if (this._dumped) return;
    this._dumped = true;
    this.removeAllListeners('data');
    this.resume();
  }

  _destroy(err, cb) {
    if (!this.complete) this.aborted = true;
    cb(err);
  }
}

// OutgoingMessage is what ServerResponse and ClientRequest share: headers,
// then a body written through the connection's socket. Like node's, it is a
// legacy Stream with write() and end(), not a stream.Writable.
class OutgoingMessage extends Stream {
  constructor() {
    super();
    this._headerMap = new Map(); // lower-case name -> [name as set, value]
    this._header = null; // the rendered head, once decided
    this._headerSent = false;
    this._pendingOut = []; // { data, encoding, cb } waiting for a socket
    this._pendingBytes = 0;
    this.socket = null;
    this.writable = true;
    this.destroyed = false;
    this.finished = false;
    this.chunkedEncoding = false;
    this.useChunkedEncodingByDefault = true;
    this.sendDate = false;
    this.shouldKeepAlive = true;
    this._hasBody = true;
    this._contentLength = null;
    this._bytesOut = 0;
    this._finishEmitted = false;
    this._needDrain = false;
    this._trailer = '';
    this._corked = 0;
  }

  get connection() {
    return this.socket;
  }

  // The trace shows an outgoing message as a stream whose level is what
  // it has written and the socket has not yet sent.
  _openTrace(label, origin) {
    this._streamId = internal.openStream(label, origin, kHighWaterMark);
  }

  _traceLevel() {
    if (this._streamId) internal.bufferLevel(this._streamId, this.writableLength);
  }

  _closeTrace() {
    if (this._streamId) internal.closeStream(this._streamId);
    this._streamId = 0;
  }

  get headersSent() {
    return Boolean(this._header);
  }

  get writableEnded() {
    return this.finished;
  }

  get writableFinished() {
    return this.finished && this._pendingBytes === 0 && (!this.socket || this.socket.writableLength === 0) && Boolean(this.socket || this._finishEmitted);
  }

  get writableObjectMode() {
    return false;
  }

  get writableLength() {
    return this._pendingBytes + (this.socket ? this.socket.writableLength : 0);
  }

  get writableHighWaterMark() {
    return this.socket ? this.socket.writableHighWaterMark : kHighWaterMark;
  }

  get writableCorked() {
    return this._corked;
  }

  get writableNeedDrain() {
    return this._needDrain;
  }

  setHeader(name, value) {
    if (this._header) throw internal.nodeError('Error', 'ERR_HTTP_HEADERS_SENT', 'Cannot set headers after they are sent to the client');
    validateHeaderName(name);
    validateHeaderValue(name, value);
    this._headerMap.set(name.toLowerCase(), [name, value]);
    return this;
  }

  appendHeader(name, value) {
    const key = typeof name === 'string' ? name.toLowerCase() : name;
    const old = this._headerMap.get(key);
    if (!old) return this.setHeader(name, value);
    validateHeaderName(name);
    validateHeaderValue(name, value);
    // Each appended value keeps the name as it was written, for the wire.
    const oldNames = old[2] || [].concat(old[1]).map(() => old[0]);
    const added = [].concat(value);
    this._headerMap.set(key, [old[0], [].concat(old[1], added), oldNames.concat(added.map(() => name))]);
    return this;
  }

  getHeader(name) {
    if (typeof name !== 'string') throw internal.argTypeError('name', 'string', name);
    const e = this._headerMap.get(name.toLowerCase());
    return e ? e[1] : undefined;
  }

  getHeaders() {
    const out = Object.create(null);
    for (const [k, [, v]] of this._headerMap) out[k] = v;
    return out;
  }

  getHeaderNames() {
    return [...this._headerMap.keys()];
  }

  getRawHeaderNames() {
    return [...this._headerMap.values()].map(([n]) => n);
  }

  hasHeader(name) {
    if (typeof name !== 'string') throw internal.argTypeError('name', 'string', name);
    return this._headerMap.has(name.toLowerCase());
  }

  removeHeader(name) {
    if (typeof name !== 'string') throw internal.argTypeError('name', 'string', name);
    if (this._header) throw internal.nodeError('Error', 'ERR_HTTP_HEADERS_SENT', 'Cannot remove headers after they are sent to the client');
    this._headerMap.delete(name.toLowerCase());
  }

  addTrailers(headers) {
    const pairs = Array.isArray(headers) ? headers : Object.entries(headers);
    for (const [k, v] of pairs) {
      validateHeaderName(k, 'Trailer name');
      this._trailer += `${k}: ${v}\r\n`;
    }
  }

  flushHeaders() {
    if (!this._header) this._implicitHeader();
    this._send('', 'latin1', null);
  }

  cork() {
    this._corked++;
    if (this.socket) this.socket.cork();
  }

  uncork() {
    if (this._corked) this._corked--;
    if (this.socket) this.socket.uncork();
  }

  setTimeout(ms, cb) {
    if (cb) this.on('timeout', cb);
    if (this.socket) this.socket.setTimeout(ms);
    else this.once('socket', (s) => s.setTimeout(ms));
    return this;
  }

  // _renderHead builds the head: the start line, the headers in the order
  // they were set, then the ones node adds (Date, Connection, Keep-Alive,
  // Host) and the body framing.
  _renderHead(firstLine, ending) {
    let head = firstLine + '\r\n';
    const has = (n) => this._headerMap.has(n);
    for (const [, [name, value, names]] of this._headerMap) {
      if (Array.isArray(value)) value.forEach((v, i) => (head += `${names ? names[i] : name}: ${v}\r\n`));
      else head += `${name}: ${value}\r\n`;
    }
    head += this._extraHeaders(has);
    let framed = has('content-length') || has('transfer-encoding');
    const connection = this._headerMap.get('connection');
    if (connection && /close/i.test(String(connection[1]))) this.shouldKeepAlive = false;
    if (has('transfer-encoding') && /chunked/i.test(String(this._headerMap.get('transfer-encoding')[1]))) this.chunkedEncoding = true;
    if (has('content-length')) this._contentLength = Number(this._headerMap.get('content-length')[1]);
    if (!framed && this._hasBody) {
      if (ending && ending.length !== undefined) {
        head += `Content-Length: ${ending.length}\r\n`;
        framed = true;
      } else if (this.useChunkedEncodingByDefault && this._chunkedAllowed()) {
        head += 'Transfer-Encoding: chunked\r\n';
        this.chunkedEncoding = true;
      } else if (this._closeWhenUnframed()) {
        this.shouldKeepAlive = false;
      }
    }
    this._header = head + '\r\n';
  }

  _chunkedAllowed() {
    return true;
  }

  _closeWhenUnframed() {
    return false;
  }

  write(chunk, encoding, cb) {
    if (typeof encoding === 'function') {
      cb = encoding;
      encoding = undefined;
    }
    const ret = this._writeBody(chunk, encoding, cb, false);
    this._traceLevel();
    return ret;
  }

  _writeBody(chunk, encoding, cb, fromEnd) {
    if (this.finished) {
      const err = internal.nodeError('Error', 'ERR_STREAM_WRITE_AFTER_END', 'write after end');
      process.nextTick(() => {
        if (typeof cb === 'function') cb(err);
        this.emit('error', err);
      });
      return false;
    }
    if (this.destroyed) {
      const err = internal.nodeError('Error', 'ERR_STREAM_DESTROYED', 'Cannot call write after a stream was destroyed');
      if (typeof cb === 'function') process.nextTick(cb, err);
      return false;
    }
    if (chunk === null) throw internal.nodeError('TypeError', 'ERR_STREAM_NULL_VALUES', 'May not write null values to stream');
    if (typeof chunk !== 'string' && !(chunk instanceof Uint8Array)) {
      throw internal.argTypeError('chunk', 'string or an instance of Buffer or Uint8Array', chunk);
    }
    if (!this._header) this._implicitHeader();
    if (!this._hasBody) {
      if (typeof cb === 'function') process.nextTick(cb);
      return true;
    }
    const len = byteLength(chunk, encoding);
    if (len === 0) {
      if (typeof cb === 'function') process.nextTick(cb);
      return !this._needDrain;
    }
    this._bytesOut += len;
    let ret;
    if (this.chunkedEncoding) {
      ret = this._sendParts([len.toString(16) + '\r\n', toBuffer(chunk, encoding), '\r\n'], cb, !fromEnd);
    } else {
      ret = this._sendParts([toBuffer(chunk, encoding)], cb, !fromEnd);
    }
    if (!ret) this._needDrain = true;
    return ret;
  }

  // _sendParts hands data to the socket, the head first if it has not gone
  // yet. Server responses cork the socket for the rest of the tick, so a
  // head and the writes that follow it leave in one system call.
  _sendParts(parts, cb, cork) {
    if (!this._headerSent) {
      this._headerSent = true;
      parts = [this._header, ...parts];
    }
    const data = parts.length === 1 ? toBuffer(parts[0], 'latin1') : Buffer.concat(parts.map((p) => toBuffer(p, 'latin1')));
    if (data.length === 0 && !cb) return !this._needDrain;
    const sock = this.socket;
    if (!sock || this._holdOutput) {
      this._pendingOut.push({ data, cb });
      this._pendingBytes += data.length;
      return this._pendingBytes < kHighWaterMark;
    }
    if (cork && this._corkPerTick && !sock.writableCorked) {
      sock.cork();
      process.nextTick(() => sock.uncork());
    }
    return sock.write(data, cb);
  }

  _send(data, encoding, cb) {
    return this._sendParts([toBuffer(data, encoding)], cb, true);
  }

  _flushPending() {
    const sock = this.socket;
    const out = this._pendingOut;
    this._pendingOut = [];
    this._pendingBytes = 0;
    let ret = true;
    for (const { data, cb } of out) ret = sock.write(data, cb);
    return ret;
  }

  end(chunk, encoding, cb) {
    if (typeof chunk === 'function') {
      cb = chunk;
      chunk = undefined;
    } else if (typeof encoding === 'function') {
      cb = encoding;
      encoding = undefined;
    }
    if (this.finished) {
      if (typeof cb === 'function') {
        if (this._finishEmitted) process.nextTick(cb, internal.nodeError('Error', 'ERR_STREAM_ALREADY_FINISHED', 'Cannot call end after a stream was finished'));
        else this.once('finish', cb);
      }
      return this;
    }
    if (chunk !== undefined && chunk !== null && typeof chunk !== 'string' && !(chunk instanceof Uint8Array)) {
      throw internal.argTypeError('chunk', 'string or an instance of Buffer or Uint8Array', chunk);
    }
    if (typeof cb === 'function') this.once('finish', cb);
    const hasChunk = chunk !== undefined && chunk !== null && byteLength(chunk, encoding) > 0;
    if (!this._header) {
      // Nothing written yet: the whole body is known, so it gets a length.
      const body = hasChunk ? toBuffer(chunk, encoding) : Buffer.alloc(0);
      this._implicitHeader(this._lengthOnEnd(hasChunk) ? body : null);
    }
    // The last piece of the body, the chunked terminator and the head (if it
    // has not gone yet) leave in one write; 'finish' follows its callback.
    const parts = [];
    if (hasChunk && this._hasBody) {
      const len = byteLength(chunk, encoding);
      this._bytesOut += len;
      if (this.chunkedEncoding) parts.push(len.toString(16) + '\r\n', toBuffer(chunk, encoding), '\r\n');
      else parts.push(toBuffer(chunk, encoding));
    }
    if (this.chunkedEncoding && this._hasBody) parts.push('0\r\n' + this._trailer + '\r\n');
    this.finished = true;
    this._sendParts(parts, () => this._onFinished(), false);
    this._traceLevel();
    return this;
  }

  _lengthOnEnd(hasChunk) {
    return true;
  }

  _onFinished() {
    if (this._finishEmitted) return;
    this._finishEmitted = true;
    this._closeTrace();
    this.emit('prefinish');
    this.emit('finish');
  }

  destroy(err) {
    if (this.destroyed) return this;
    this.destroyed = true;
    this._closeTrace();
    if (this.socket) this.socket.destroy(err);
    else if (err) this.once('socket', (s) => s.destroy(err));
    return this;
  }
}

// ---------------------------------------------------------------- server

class ServerResponse extends OutgoingMessage {
  constructor(req, conn) {
    super();
    this.req = req;
    this._conn = conn;
    this.statusCode = 200;
    this.statusMessage = undefined;
    this.sendDate = true;
    this._corkPerTick = true;
    this._holdOutput = true; // until the responses before it on the connection are done
    this.strictContentLength = false;
    if (req.method === 'HEAD') this._hasBody = false;
    this._http10 = req.httpVersionMajor === 1 && req.httpVersionMinor === 0;
    this.shouldKeepAlive = req._keepAlive && !this._http10;
    this._sent100 = false;
    this._expectContinue = false;
    this._openTrace(`HTTP response for ${req.method} ${req.url}`, `request ${req.method} ${req.url}`);
  }

  _chunkedAllowed() {
    return !this._http10;
  }

  _closeWhenUnframed() {
    return true;
  }

  writeHead(statusCode, reason, headers) {
    if (this._header) throw internal.nodeError('Error', 'ERR_HTTP_HEADERS_SENT', 'Cannot write headers after they are sent to the client');
    const code = statusCode | 0;
    if (code < 100 || code > 999) throw internal.rangeError('ERR_HTTP_INVALID_STATUS_CODE', `Invalid status code: ${statusCode}`);
    if (typeof reason !== 'string') {
      headers = reason;
      reason = undefined;
    }
    this.statusCode = code;
    if (reason !== undefined) this.statusMessage = reason;
    if (Array.isArray(headers)) {
      if (headers.length && Array.isArray(headers[0])) {
        for (const [k, v] of headers) this.appendHeader(k, v);
      } else {
        if (headers.length % 2 !== 0) throw internal.nodeError('TypeError', 'ERR_INVALID_ARG_VALUE', `The argument 'headers' is invalid. Received ${internal.inspect(headers)}`);
        for (let i = 0; i < headers.length; i += 2) this.appendHeader(headers[i], headers[i + 1]);
      }
    } else if (headers && typeof headers === 'object') {
      for (const k of Object.keys(headers)) {
        if (headers[k] !== undefined) this.setHeader(k, headers[k]);
      }
    }
    this._implicitHeader();
    return this;
  }

  _implicitHeader(endingBody) {
    if (this._header) return;
    const code = this.statusCode;
    if (code === 204 || code === 304 || (code >= 100 && code < 200)) this._hasBody = false;
    if (this.statusMessage === undefined) this.statusMessage = STATUS_CODES[code] || 'unknown';
    this._renderHead(`HTTP/1.1 ${code} ${this.statusMessage}`, this._hasBody ? endingBody : null);
  }

  _lengthOnEnd() {
    // node 20 answers an HTTP/1.0 request without framing: the body ends
    // with the connection.
    return !this._http10;
  }

  _extraHeaders(has) {
    let s = '';
    if (this.sendDate && !has('date')) s += `Date: ${new Date().toUTCString()}\r\n`;
    const server = this._conn.server;
    const userConnection = this._headerMap.get('connection');
    if (userConnection && /close/i.test(String(userConnection[1]))) this.shouldKeepAlive = false;
    // An unframed body (HTTP/1.0, or no length and no chunking) can only
    // end with the connection.
    const unframed = this._hasBody && !has('content-length') && !has('transfer-encoding') && this._http10;
    if (unframed) this.shouldKeepAlive = false;
    if (!userConnection) {
      if (this.shouldKeepAlive) {
        s += 'Connection: keep-alive\r\n';
        if (!has('keep-alive') && server.keepAliveTimeout) s += `Keep-Alive: timeout=${Math.floor(server.keepAliveTimeout / 1000)}\r\n`;
      } else {
        s += 'Connection: close\r\n';
      }
    }
    return s;
  }

  writeContinue(cb) {
    this._conn.socket.write('HTTP/1.1 100 Continue\r\n\r\n', 'latin1', cb);
    this._sent100 = true;
  }

  writeProcessing(cb) {
    this._conn.socket.write('HTTP/1.1 102 Processing\r\n\r\n', 'latin1', cb);
  }

  assignSocket(socket) {
    this.socket = socket;
    this._holdOutput = false;
    this.emit('socket', socket);
    if (this._pendingOut.length) this._flushPending();
  }

  detachSocket() {
    this.socket = null;
  }
}

// ServerConnection is the http side of one accepted socket: it parses the
// requests that arrive on it and sends their responses in order.
class ServerConnection {
  constructor(server, socket) {
    this.server = server;
    this.socket = socket;
    this.queue = []; // responses not yet finished, in request order
    this.currentReq = null;
    this.requests = 0;
    this.peerEnded = false;
    this.reader = new MessageReader('request', {
      onHead: (head) => this.onHead(head),
      onBody: (chunk) => this.currentReq && this.currentReq._pushBody(chunk),
      onDone: (trailers) => this.onDone(trailers),
      onError: (err) => this.onParseError(err),
    });
    socket.on('data', (d) => this.reader.execute(d));
    socket.on('end', () => this.onEnd());
    socket.on('error', (err) => this.onSocketError(err));
    socket.on('close', () => this.onClose());
    socket.on('drain', () => {
      const res = this.queue[0];
      // An ended message no longer asks for more: no 'drain' then.
      if (res && res._needDrain && !res.finished) {
        res._needDrain = false;
        res._traceLevel();
        res.emit('drain');
      }
    });
    socket.on('timeout', () => this.onTimeout());
    if (server.timeout) socket.setTimeout(server.timeout);
  }

  get idle() {
    return this.queue.length === 0 && !this.currentReq;
  }

  onHead(head) {
    const server = this.server;
    this.requests++;
    this.keepAliveWait = false;
    if (server.timeout) this.socket.setTimeout(server.timeout);
    else if (this.socket.timeout) this.socket.setTimeout(0);
    const req = new IncomingMessage(this.socket);
    req._setHead(head);
    req.method = head.method;
    req.url = head.url;
    req._keepAlive = head.keepAlive;
    this.currentReq = req;
    const res = new ServerResponse(req, this);
    if (server.maxRequestsPerSocket && this.requests >= server.maxRequestsPerSocket) res.shouldKeepAlive = false;
    this.queue.push(res);
    if (this.queue.length === 1) res.assignSocket(this.socket);
    res.once('finish', () => this.onResponseFinished(res));
    if (server.requireHostHeader && head.major === 1 && head.minor >= 1 && req.headers.host === undefined) {
      // HTTP/1.1 requires a Host header: node answers 400 without asking the program.
      res.shouldKeepAlive = false;
      res.writeHead(400, ['Connection', 'close']);
      res.end();
      return {};
    }
    const expect = req.headers.expect;
    if (expect && /100-continue/i.test(expect) && head.major === 1 && head.minor >= 1) {
      res._expectContinue = true;
      if (server.listenerCount('checkContinue')) {
        server.emit('checkContinue', req, res);
        return {};
      }
      res.writeContinue();
    }
    server.emit('request', req, res);
    return {};
  }

  onDone(trailers) {
    const req = this.currentReq;
    this.currentReq = null;
    if (!req) return;
    req.rawTrailers = trailers;
    fillHeaders(req, trailers, req.trailers, null);
    req.complete = true;
    req.push(null);
  }

  onResponseFinished(res) {
    const i = this.queue.indexOf(res);
    if (i >= 0) this.queue.splice(i, 1);
    const req = res.req;
    process.nextTick(() => {
      res.emit('close');
    });
    if (!req.readableEnded && !req._consuming && req.listenerCount('data') === 0 && !req.readableFlowing) req._dump();
    else if (!req.complete) req._dump();
    res.detachSocket();
    if (!res.shouldKeepAlive) {
      this.socket.destroySoon();
      return;
    }
    const next = this.queue[0];
    if (next) {
      next.assignSocket(this.socket);
    } else if (this.peerEnded) {
      this.socket.end();
    } else if (this.server.keepAliveTimeout) {
      this.socket.setTimeout(this.server.keepAliveTimeout);
      this.keepAliveWait = true;
    }
  }

  // onEnd: the client ended its side. node 20 does not serve half-open
  // HTTP connections: with a request cut short or a response still owed,
  // it destroys the connection ('aborted' and 'close' follow when the
  // socket closes); otherwise it ends its side too.
  onEnd() {
    this.peerEnded = true;
    const ok = this.reader.finish();
    if ((!ok && this.currentReq) || this.queue.length) {
      this.socket.destroy();
      return;
    }
    this.socket.end();
  }

  onParseError(err) {
    const server = this.server;
    this.socket.removeAllListeners('data');
    if (server.listenerCount('clientError')) {
      server.emit('clientError', err, this.socket);
      return;
    }
    if (this.socket.writable && this.queue.length === 0) {
      const code = err.code === 'HPE_HEADER_OVERFLOW' ? '431 Request Header Fields Too Large' : '400 Bad Request';
      this.socket.end(`HTTP/1.1 ${code}\r\nConnection: close\r\n\r\n`, 'latin1');
    }
    this.socket.destroySoon();
  }

  onSocketError(err) {
    const server = this.server;
    if (server.listenerCount('clientError')) server.emit('clientError', err, this.socket);
    else this.socket.destroy();
  }

  // onTimeout: the socket was idle too long. An idle kept-alive connection
  // just closes; otherwise a request still arriving, the response, and the
  // server hear of it, and with no listener anywhere the socket is destroyed.
  onTimeout() {
    if (this.keepAliveWait && this.idle) {
      this.socket.destroy();
      return;
    }
    const req = this.currentReq;
    const res = this.queue[0];
    const heardByReq = Boolean(req && !req.complete && req.emit('timeout', this.socket));
    const heardByRes = Boolean(res && res.emit('timeout', this.socket));
    const heardByServer = this.server.emit('timeout', this.socket);
    if (!heardByReq && !heardByRes && !heardByServer) this.socket.destroy();
  }

  // onClose: the connection is gone (close phase). A request still
  // arriving is aborted; its 'error' is emitted only if someone listens.
  onClose() {
    this.server._httpConns.delete(this);
    const req = this.currentReq;
    if (req && !req.complete && !req.destroyed) {
      req.aborted = true;
      req.emit('aborted');
      req.destroy(req.listenerCount('error') ? connResetError('aborted') : undefined);
    }
    for (const res of this.queue) {
      if (!res._finishEmitted) {
        res.destroyed = true;
        res._closeTrace();
        res.socket = null;
        res.emit('close');
        if (!res.req.destroyed) res.req.destroy();
      }
    }
    this.queue = [];
  }
}

function connResetError(message) {
  const e = new Error(message);
  e.code = 'ECONNRESET';
  e.stack = `Error: ${message}\n    at Socket.socketOnEnd (node:_http_client:528:25)`;
  return e;
}

class Server extends net.Server {
  constructor(options, requestListener) {
    if (typeof options === 'function') {
      requestListener = options;
      options = {};
    }
    options = options || {};
    super({ allowHalfOpen: true, noDelay: options.noDelay !== false });
    this._kind = 'HTTP server';
    this._httpConns = new Set();
    this.timeout = 0;
    this.keepAliveTimeout = 5000;
    this.headersTimeout = 60000;
    this.requestTimeout = options.requestTimeout !== undefined ? options.requestTimeout : 300000;
    this.maxHeadersCount = null;
    this.maxRequestsPerSocket = 0;
    this.requireHostHeader = options.requireHostHeader !== false;
    if (options.keepAliveTimeout !== undefined) this.keepAliveTimeout = options.keepAliveTimeout;
    this.on('connection', (socket) => {
      this._httpConns.add(new ServerConnection(this, socket));
    });
    if (typeof requestListener === 'function') this.on('request', requestListener);
  }

  close(cb) {
    super.close(cb);
    this.closeIdleConnections();
    return this;
  }

  closeAllConnections() {
    for (const c of [...this._httpConns]) c.socket.destroy();
  }

  closeIdleConnections() {
    for (const c of [...this._httpConns]) {
      if (c.idle) c.socket.destroy();
    }
  }

  setTimeout(ms, cb) {
    this.timeout = ms;
    if (cb) this.on('timeout', cb);
    return this;
  }
}

function createServer(options, requestListener) {
  return new Server(options, requestListener);
}

// ---------------------------------------------------------------- client

// Agent keeps client sockets: one per request in flight, and (keepAlive)
// the idle ones for reuse, unref'd so they never keep the process alive.
class Agent extends EventEmitter {
  constructor(options) {
    super();
    this.options = Object.assign({ path: null }, options);
    this.defaultPort = 80;
    this.protocol = 'http:';
    this.keepAlive = Boolean(this.options.keepAlive);
    this.keepAliveMsecs = this.options.keepAliveMsecs || 1000;
    this.maxSockets = this.options.maxSockets || Infinity;
    this.maxFreeSockets = this.options.maxFreeSockets || 256;
    this.maxTotalSockets = this.options.maxTotalSockets || Infinity;
    this.totalSocketCount = 0;
    this.scheduling = this.options.scheduling || 'lifo';
    this.sockets = Object.create(null);
    this.freeSockets = Object.create(null);
    this.requests = Object.create(null);
  }

  getName(options = {}) {
    let name = options.host || 'localhost';
    name += ':';
    if (options.port) name += options.port;
    name += ':';
    if (options.localAddress) name += options.localAddress;
    if (options.family === 4 || options.family === 6) name += `:${options.family}`;
    return name;
  }

  createConnection(options, cb) {
    return net.createConnection(options, cb);
  }

  addRequest(req, options) {
    const name = this.getName(options);
    const free = this.freeSockets[name];
    if (free && free.length) {
      const socket = this.scheduling === 'fifo' ? free.shift() : free.pop();
      if (!free.length) delete this.freeSockets[name];
      this._detachFree(socket);
      this.reuseSocket(socket, req);
      req.reusedSocket = true;
      (this.sockets[name] = this.sockets[name] || []).push(socket);
      req.onSocket(socket);
      return;
    }
    const active = (this.sockets[name] || []).length;
    if (active < this.maxSockets && this.totalSocketCount < this.maxTotalSockets) {
      this._createSocket(req, options, name);
    } else {
      (this.requests[name] = this.requests[name] || []).push(req);
    }
  }

  _createSocket(req, options, name) {
    const opts = Object.assign({}, options, { _agentKey: name, _origin: `http ${req.method} ${req.path}` });
    const socket = this.createConnection(opts);
    this.totalSocketCount++;
    socket._agentKey = name;
    (this.sockets[name] = this.sockets[name] || []).push(socket);
    if (this.options.timeout) socket.setTimeout(this.options.timeout);
    // The agent watches its sockets from the start: 'free' (a response is
    // done), 'close', and 'timeout', which ends a socket only while idle.
    socket.on('free', () => this._onFree(socket, options));
    socket.once('close', () => this._removeSocket(socket));
    socket.on('timeout', () => {
      const free = this.freeSockets[name];
      if (free && free.includes(socket)) socket.destroy();
    });
    req.onSocket(socket);
  }

  _removeSocket(socket) {
    const name = socket._agentKey;
    for (const table of [this.sockets, this.freeSockets]) {
      const list = table[name];
      if (!list) continue;
      const i = list.indexOf(socket);
      if (i >= 0) {
        list.splice(i, 1);
        if (!list.length) delete table[name];
      }
    }
    this.totalSocketCount--;
    const waiting = this.requests[name];
    if (waiting && waiting.length) {
      const req = waiting.shift();
      if (!waiting.length) delete this.requests[name];
      this._createSocket(req, req._connectOptions, name);
    }
  }

  _onFree(socket, options) {
    const name = this.getName(options);
    const list = this.sockets[name];
    const waiting = this.requests[name];
    if (waiting && waiting.length) {
      const req = waiting.shift();
      if (!waiting.length) delete this.requests[name];
      this.reuseSocket(socket, req);
      req.onSocket(socket);
      return;
    }
    if (list) {
      const i = list.indexOf(socket);
      if (i >= 0) list.splice(i, 1);
      if (!list.length) delete this.sockets[name];
    }
    const free = this.freeSockets[name] || [];
    if (socket.destroyed || !this.keepAlive || free.length >= this.maxFreeSockets || !this.keepSocketAlive(socket)) {
      socket.destroy();
      return;
    }
    this.freeSockets[name] = free;
    free.push(socket);
    // An idle socket dies quietly on an error.
    socket._freeListener = () => socket.destroy();
    socket.on('error', socket._freeListener);
  }

  _detachFree(socket) {
    if (socket._freeListener) {
      socket.removeListener('error', socket._freeListener);
      socket._freeListener = null;
    }
  }

  // keepSocketAlive parks an idle socket: unref'd, with a timeout one
  // second shorter than the server's Keep-Alive hint (so the client lets go
  // first); a hint of a second or less is not worth keeping.
  keepSocketAlive(socket) {
    socket.setKeepAlive(true, this.keepAliveMsecs);
    socket.unref();
    if (this.options.timeout) socket.setTimeout(this.options.timeout);
    const hint = socket._keepAliveHint;
    if (hint !== undefined) {
      const ms = hint * 1000 - 1000;
      if (ms <= 0) return false;
      socket.setTimeout(ms);
    }
    return true;
  }

  reuseSocket(socket) {
    socket.ref();
    if (this.options.timeout) socket.setTimeout(this.options.timeout);
  }

  destroy() {
    for (const table of [this.freeSockets, this.sockets]) {
      for (const name of Object.keys(table)) for (const s of [...table[name]]) s.destroy();
    }
  }
}

const globalAgent = new Agent({ keepAlive: true, scheduling: 'lifo', timeout: 5000, noDelay: true });

// parseURL reads an absolute http URL without the URL class.
function parseURL(input) {
  const m = /^([a-zA-Z][a-zA-Z0-9+.-]*:)\/\/(?:([^@/?#]*)@)?(\[[^\]]*\]|[^:/?#]*)(?::(\d*))?([^?#]*)(\?[^#]*)?(#.*)?$/.exec(input.trim());
  if (!m || (m[3] === '' && m[1].toLowerCase() === 'http:')) {
    const e = internal.nodeError('TypeError', 'ERR_INVALID_URL', 'Invalid URL');
    e.input = input;
    throw e;
  }
  const hostname = m[3].toLowerCase();
  return {
    protocol: m[1].toLowerCase(),
    auth: m[2] ? decodeURIComponent(m[2]) : undefined,
    hostname: hostname.startsWith('[') ? hostname.slice(1, -1) : hostname,
    port: m[4] ? Number(m[4]) : undefined,
    path: (m[5] || '/') + (m[6] || ''),
  };
}

function urlLikeToOptions(u) {
  const hostname = String(u.hostname || '').replace(/^\[|\]$/g, '');
  const o = {
    protocol: u.protocol,
    hostname,
    path: `${u.pathname || '/'}${u.search || ''}`,
  };
  if (u.port !== undefined && u.port !== '') o.port = Number(u.port);
  if (u.username || u.password) o.auth = `${decodeURIComponent(u.username || '')}:${decodeURIComponent(u.password || '')}`;
  return o;
}

class ClientRequest extends OutgoingMessage {
  constructor(input, options, cb) {
    super();
    if (typeof input === 'string') {
      const u = parseURL(input);
      input = { protocol: u.protocol, hostname: u.hostname, port: u.port, path: u.path };
      if (u.auth) input.auth = u.auth;
    } else if (input && typeof input === 'object' && input.href && input.protocol && input.auth === undefined && input.path === undefined) {
      // A URL, or anything shaped like one (node's test: href and protocol, no auth or path).
      input = urlLikeToOptions(input);
    } else {
      cb = options;
      options = input;
      input = null;
    }
    if (typeof options === 'function') {
      cb = options;
      options = {};
    }
    options = Object.assign({}, input || {}, options || {});
    const agentOpt = options.agent;
    const defaultAgent = options._defaultAgent || globalAgent;
    let agent = agentOpt;
    if (agent === false) agent = new Agent();
    else if (agent === undefined || agent === null) agent = typeof options.createConnection === 'function' ? null : defaultAgent;
    this.agent = agent;
    const protocol = options.protocol || 'http:';
    if (protocol !== 'http:') {
      throw internal.nodeError('TypeError', 'ERR_INVALID_PROTOCOL', `Protocol "${protocol}" not supported. Expected "http:"`);
    }
    const defaultPort = options.defaultPort || (agent && agent.defaultPort) || 80;
    const port = options.port !== undefined && options.port !== null && options.port !== '' ? Number(options.port) : defaultPort;
    const host = options.hostname || options.host || 'localhost';
    const path = options.path === undefined || options.path === null ? '/' : String(options.path);
    if (/[\u0000-\u0020]/.test(path)) {
      throw internal.nodeError('TypeError', 'ERR_UNESCAPED_CHARACTERS', 'Request path contains unescaped characters');
    }
    let method = options.method === undefined || options.method === null ? 'GET' : options.method;
    if (typeof method !== 'string') throw internal.argTypeError('options.method', 'string', method);
    if (!tokenRe.test(method)) throw internal.nodeError('TypeError', 'ERR_INVALID_HTTP_TOKEN', `Method must be a valid HTTP token ["${method}"]`);
    method = method.toUpperCase();
    this.method = method;
    this.path = path;
    this.host = host;
    this.protocol = protocol;
    this.port = port;
    this.reusedSocket = false;
    this.maxHeadersCount = null;
    this.aborted = false;
    this.res = null;
    this.timeoutCb = null;
    this.useChunkedEncodingByDefault = !bodilessMethods.has(method);
    if (method === 'HEAD') this._expectNoBody = true;
    this.shouldKeepAlive = Boolean(agent && agent.keepAlive);
    if (typeof cb === 'function') this.once('response', cb);
    const headers = options.headers;
    if (Array.isArray(headers)) {
      for (let i = 0; i + 1 < headers.length; i += 2) this.appendHeader(headers[i], headers[i + 1]);
    } else if (headers) {
      for (const k of Object.keys(headers)) if (headers[k] !== undefined) this.setHeader(k, headers[k]);
    }
    if (options.auth && !this.hasHeader('authorization')) {
      this.setHeader('Authorization', 'Basic ' + Buffer.from(options.auth).toString('base64'));
    }
    // Headers given as a flat array are sent as they are: node adds no Host.
    this._setHost = options.setHost !== false && !Array.isArray(headers);
    this._hostHeader = (host.includes(':') && !host.startsWith('[') ? `[${host}]` : host) + (port !== defaultPort ? `:${port}` : '');
    const connectOptions = { host, port, localAddress: options.localAddress, family: options.family };
    this._connectOptions = connectOptions;
    this._openTrace(`HTTP request ${method} ${path}`, `http ${method} ${host}:${port}${path}`);
    if (options.timeout !== undefined) this.setTimeout(options.timeout);
    if (options.signal) {
      const signal = options.signal;
      const onAbort = () => this.destroy(abortError(signal.reason));
      if (signal.aborted) process.nextTick(onAbort);
      else signal.addEventListener('abort', onAbort, { once: true });
    }
    if (agent) {
      agent.addRequest(this, connectOptions);
    } else {
      this.onSocket(options.createConnection(connectOptions));
    }
  }

  _extraHeaders(has) {
    let s = '';
    if (this._setHost && !has('host')) s += `Host: ${this._hostHeader}\r\n`;
    if (!has('connection')) s += this.shouldKeepAlive ? 'Connection: keep-alive\r\n' : 'Connection: close\r\n';
    return s;
  }

  _implicitHeader(endingBody) {
    if (this._header) return;
    this._renderHead(`${this.method} ${this.path} HTTP/1.1`, endingBody);
  }

  _lengthOnEnd(hasChunk) {
    return hasChunk || this.useChunkedEncodingByDefault;
  }

  get _holdOutput() {
    return !this.socket;
  }

  set _holdOutput(v) {}

  abort() {
    if (this.aborted) return;
    this.aborted = true;
    process.nextTick(() => this.emit('abort'));
    this.destroy();
  }

  destroy(err) {
    if (this.destroyed) return this;
    this.destroyed = true;
    if (this.res && !this.res.complete) this.res._abortedByClient = true;
    if (this.socket) this.socket.destroy(err);
    else {
      this._destroyErr = err || null;
    }
    return this;
  }

  setTimeout(ms, cb) {
    if (cb) this.once('timeout', cb);
    this._timeoutMs = ms;
    if (this.socket) this._armTimeout();
    return this;
  }

  _armTimeout() {
    if (this._timeoutMs !== undefined) this.socket.setTimeout(this._timeoutMs);
  }

  setNoDelay() {}

  setSocketKeepAlive() {}

  // onSocket is how the agent hands over a socket: the request takes it on
  // the next tick ('socket'), then sends what it has written so far.
  onSocket(socket) {
    process.nextTick(() => this._attach(socket));
  }

  _attach(socket) {
    if (this.destroyed) {
      // Destroyed before it had a socket: the socket goes, and the request
      // reports its end here, in this tick.
      if (this._destroyErr) socket.destroy(this._destroyErr);
      else if (this.reusedSocket) socket.emit('free');
      else socket.destroy();
      if (this._destroyErr) this.emit('error', this._destroyErr);
      this.emit('close');
      return;
    }
    this.socket = socket;
    this._reader = new MessageReader('response', {
      onHead: (head) => this._onResponseHead(head),
      onBody: (chunk) => this.res && this.res._pushBody(chunk),
      onDone: (trailers) => this._onResponseDone(trailers),
      onError: (err) => this._onParseError(err),
    });
    this._listeners = {
      data: (d) => this._reader.execute(d),
      end: () => this._onSocketEnd(),
      error: (err) => this._onSocketError(err),
      close: () => this._onSocketClose(),
      // An idle socket tells the response still arriving, and the request;
      // neither closes anything unless the program does.
      timeout: () => {
        if (this.res && !this.res.complete) this.res.emit('timeout');
        this.emit('timeout');
      },
      drain: () => {
        if (this._needDrain && !this.finished) {
          this._needDrain = false;
          this._traceLevel();
          this.emit('drain');
        }
      },
    };
    for (const [ev, fn] of Object.entries(this._listeners)) socket.on(ev, fn);
    if (this._timeoutMs !== undefined) this._armTimeout();
    this.emit('socket', socket);
    this._flushPending();
  }

  _detach() {
    const s = this.socket;
    if (!s || !this._listeners) return;
    for (const [ev, fn] of Object.entries(this._listeners)) s.removeListener(ev, fn);
    this._listeners = null;
  }

  _onResponseHead(head) {
    const res = new IncomingMessage(this.socket);
    res._setHead(head);
    res.statusCode = head.statusCode;
    res.statusMessage = head.statusMessage;
    res.req = this;
    if (head.statusCode >= 100 && head.statusCode < 200 && head.statusCode !== 101) {
      if (head.statusCode === 100) this.emit('continue');
      this.emit('information', { statusCode: head.statusCode, statusMessage: head.statusMessage, httpVersion: res.httpVersion, httpVersionMajor: head.major, httpVersionMinor: head.minor, headers: res.headers, rawHeaders: res.rawHeaders });
      return {};
    }
    this.res = res;
    const ka = /timeout=(\d+)/i.exec(res.headers['keep-alive'] || '');
    if (ka) this.socket._keepAliveHint = Number(ka[1]);
    this._responseKeepAlive = head.keepAlive;
    if (!head.keepAlive) this.shouldKeepAlive = false;
    res.on('end', () => this._onResponseEnd(res));
    const skipBody = this.method === 'HEAD';
    if (this.aborted || this.destroyed) {
      res._dump();
    } else if (!this.emit('response', res)) {
      res._dump();
    }
    return { skipBody };
  }

  _onResponseDone(trailers) {
    const res = this.res;
    if (!res) return;
    res.rawTrailers = trailers;
    fillHeaders(res, trailers, res.trailers, null);
    res.complete = true;
    this._responseDone = true;
    res.push(null);
    if (this.shouldKeepAlive) {
      // The connection may carry the next request: stop reading for this one.
      this._reader.detached = true;
    }
  }

  _onResponseEnd(res) {
    const socket = this.socket;
    if (this.shouldKeepAlive && this._finishEmitted && socket && !socket.destroyed) {
      this._detach();
      this._closeEmitted = true;
      socket.setTimeout(0);
      process.nextTick(() => {
        this.emit('close');
        socket.emit('free');
      });
    } else if (socket && !socket.destroyed) {
      if (this.shouldKeepAlive && !this._finishEmitted) {
        this.once('finish', () => this._onResponseEnd(res));
        return;
      }
      socket.destroySoon();
    }
  }

  _onSocketEnd() {
    if (this._reader && this._reader.finish() && this.res && !this.res.complete) {
      // A body read until the connection ended is complete now.
    }
    if (!this.res && !this._errorEmitted) {
      this._emitError(connResetError('socket hang up'));
    }
  }

  _onSocketError(err) {
    if (!this._errorEmitted && !this.res) this._emitError(err);
    else if (this.res && !this.res.complete) this.res.destroy(err);
  }

  _onParseError(err) {
    this._emitError(err);
    this.socket.destroy();
  }

  _emitError(err) {
    this._errorEmitted = true;
    this.emit('error', err);
  }

  _onSocketClose() {
    const res = this.res;
    if (res && !res.complete) {
      res.aborted = true;
      res.emit('aborted');
      this._detach();
      this.emit('close');
      res.destroy(connResetError('aborted'));
      return;
    }
    if (!res && !this._errorEmitted) this._emitError(connResetError('socket hang up'));
    this._detach();
    if (!res || !this._closeEmitted) {
      this._closeEmitted = true;
      this.emit('close');
    }
  }

}

function abortError(reason) {
  const e = new Error('The operation was aborted');
  e.name = 'AbortError';
  e.code = 'ABORT_ERR';
  if (reason !== undefined) e.cause = reason;
  return e;
}

function request(url, options, cb) {
  return new ClientRequest(url, options, cb);
}

function get(url, options, cb) {
  const req = request(url, options, cb);
  req.end();
  return req;
}

module.exports = {
  METHODS,
  STATUS_CODES,
  Agent,
  ClientRequest,
  IncomingMessage,
  OutgoingMessage,
  Server,
  ServerResponse,
  createServer,
  validateHeaderName,
  validateHeaderValue,
  get,
  request,
  setMaxIdleHTTPParsers() {},
  maxHeaderSize: kMaxHeaderSize,
  globalAgent,
};
