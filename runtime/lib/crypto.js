'use strict';
// The crypto module: hashes, HMACs, pbkdf2, scrypt and random bytes, computed
// for real in Go (internal.*). pbkdf2, scrypt, randomBytes and randomFill with
// a callback run on the threadpool, for as long as the work takes; their Sync
// forms block the main thread that long.
const internal = require('loopviz:internal');

function toBytes(v, name, encoding) {
  if (typeof v === 'string') return Buffer.from(v, encoding || 'utf8');
  if (ArrayBuffer.isView(v) || v instanceof ArrayBuffer) return v;
  throw internal.argTypeError(name, 'string or an instance of ArrayBuffer, Buffer, TypedArray, or DataView', v);
}

function checkNumber(v, name, min, max) {
  if (typeof v !== 'number') throw internal.argTypeError(name, 'number', v);
  if (!Number.isInteger(v) || v < min || v > max) {
    throw internal.rangeError('ERR_OUT_OF_RANGE', `The value of "${name}" is out of range. It must be >= ${min} && <= ${max}. Received ${v}`);
  }
}

function unsupportedDigest() {
  const e = new Error('Digest method not supported');
  return e;
}

class Hash {
  constructor(algorithm, key) {
    if (typeof algorithm !== 'string') throw internal.argTypeError('algorithm', 'string', algorithm);
    const id = internal.hashNew(algorithm, key);
    if (id === null) {
      if (key !== undefined) throw internal.nodeError('Error', 'ERR_CRYPTO_INVALID_DIGEST', `Invalid digest: ${algorithm}`);
      throw unsupportedDigest();
    }
    Object.defineProperty(this, '_id', { value: id, writable: true });
    Object.defineProperty(this, '_done', { value: false, writable: true });
  }
  update(data, inputEncoding) {
    if (this._done) throw internal.nodeError('Error', 'ERR_CRYPTO_HASH_FINALIZED', 'Digest already called');
    internal.hashUpdate(this._id, toBytes(data, 'data', inputEncoding));
    return this;
  }
  digest(encoding) {
    if (this._done) throw internal.nodeError('Error', 'ERR_CRYPTO_HASH_FINALIZED', 'Digest already called');
    this._done = true;
    const buf = internal.hashDigest(this._id);
    return encoding && encoding !== 'buffer' ? buf.toString(encoding) : buf;
  }
  copy() {
    if (this._done) throw internal.nodeError('Error', 'ERR_CRYPTO_HASH_FINALIZED', 'Digest already called');
    const h = Object.create(Hash.prototype);
    Object.defineProperty(h, '_id', { value: internal.hashCopy(this._id), writable: true });
    Object.defineProperty(h, '_done', { value: false, writable: true });
    return h;
  }
}

class Hmac extends Hash {
  constructor(algorithm, key) {
    super(algorithm, toBytes(key, 'key'));
  }
}

function pbkdf2Args(password, salt, iterations, keylen, digest) {
  password = toBytes(password, 'password');
  salt = toBytes(salt, 'salt');
  checkNumber(iterations, 'iterations', 1, 2147483647);
  checkNumber(keylen, 'keylen', 0, 2147483647);
  if (typeof digest !== 'string') throw internal.argTypeError('digest', 'string', digest);
  const res = internal.pbkdf2(password, salt, iterations, keylen, digest);
  if (res === null) throw internal.nodeError('TypeError', 'ERR_CRYPTO_INVALID_DIGEST', `Invalid digest: ${digest}`);
  return res;
}

function pbkdf2(password, salt, iterations, keylen, digest, callback) {
  if (typeof digest === 'function') {
    callback = digest;
    digest = undefined;
  }
  if (typeof callback !== 'function') throw internal.argTypeError('callback', 'function', callback);
  const [key, cost] = pbkdf2Args(password, salt, iterations, keylen, digest);
  internal.poolWork(`crypto.pbkdf2(${iterations} iterations, ${digest})`, cost, callback, null, key);
}

function pbkdf2Sync(password, salt, iterations, keylen, digest) {
  const [key, cost] = pbkdf2Args(password, salt, iterations, keylen, digest);
  internal.block(`crypto.pbkdf2Sync(${iterations} iterations, ${digest})`, cost);
  return key;
}

function scryptArgs(password, salt, keylen, options = {}) {
  password = toBytes(password, 'password');
  salt = toBytes(salt, 'salt');
  checkNumber(keylen, 'keylen', 0, 2147483647);
  const N = options.N || options.cost || 16384;
  const r = options.r || options.blockSize || 8;
  const p = options.p || options.parallelization || 1;
  const res = internal.scrypt(password, salt, keylen, N, r, p);
  if (typeof res === 'string') throw internal.nodeError('RangeError', 'ERR_CRYPTO_INVALID_SCRYPT_PARAMS', 'Invalid scrypt params: ' + res);
  return [res, N, r];
}

function scrypt(password, salt, keylen, options, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = {};
  }
  if (typeof callback !== 'function') throw internal.argTypeError('callback', 'function', callback);
  const [[key, cost], N, r] = scryptArgs(password, salt, keylen, options);
  internal.poolWork(`crypto.scrypt(N=${N}, r=${r})`, cost, callback, null, key);
}

function scryptSync(password, salt, keylen, options) {
  const [[key, cost], N, r] = scryptArgs(password, salt, keylen, options);
  internal.block(`crypto.scryptSync(N=${N}, r=${r})`, cost);
  return key;
}

function randomBytes(size, callback) {
  checkNumber(size, 'size', 0, 2147483647);
  const [buf, cost] = internal.randomBytes(size);
  if (callback === undefined) return buf;
  if (typeof callback !== 'function') throw internal.argTypeError('callback', 'function', callback);
  internal.poolWork(`crypto.randomBytes(${size})`, cost, callback, null, buf);
}

function randomFillSync(buf, offset = 0, size) {
  if (!ArrayBuffer.isView(buf) && !(buf instanceof ArrayBuffer)) throw internal.argTypeError('buf', 'an instance of ArrayBuffer or ArrayBufferView', buf);
  const view = buf instanceof ArrayBuffer ? new Uint8Array(buf) : new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength);
  if (size === undefined) size = view.length - offset;
  const [bytes] = internal.randomBytes(size);
  view.set(bytes, offset);
  return buf;
}

function randomFill(buf, offset, size, callback) {
  if (typeof offset === 'function') {
    callback = offset;
    offset = 0;
    size = undefined;
  } else if (typeof size === 'function') {
    callback = size;
    size = undefined;
  }
  if (typeof callback !== 'function') throw internal.argTypeError('callback', 'function', callback);
  const n = size === undefined ? buf.byteLength - (offset || 0) : size;
  randomFillSync(buf, offset || 0, n);
  const [, cost] = internal.randomBytes(0);
  internal.poolWork(`crypto.randomFill(${n})`, cost, callback, null, buf);
}

function randomInt(min, max, callback) {
  if (typeof max === 'function' || max === undefined) {
    callback = max;
    max = min;
    min = 0;
  }
  if (!Number.isSafeInteger(min)) throw internal.argTypeError('min', 'a safe integer', min);
  if (!Number.isSafeInteger(max)) throw internal.argTypeError('max', 'a safe integer', max);
  if (max <= min) {
    throw internal.rangeError('ERR_OUT_OF_RANGE', `The value of "max" is out of range. It must be greater than the value of "min" (${min}). Received ${max}`);
  }
  const n = internal.randomInt(min, max);
  if (typeof callback === 'function') {
    process.nextTick(callback, null, n);
    return undefined;
  }
  return n;
}

function timingSafeEqual(a, b) {
  if (a.byteLength !== b.byteLength) {
    throw internal.rangeError('ERR_CRYPTO_TIMING_SAFE_EQUAL_LENGTH', 'Input buffers must have the same byte length');
  }
  const x = new Uint8Array(a.buffer, a.byteOffset, a.byteLength);
  const y = new Uint8Array(b.buffer, b.byteOffset, b.byteLength);
  let diff = 0;
  for (let i = 0; i < x.length; i++) diff |= x[i] ^ y[i];
  return diff === 0;
}

function unsupported(name) {
  return function() {
    throw internal.nodeError('Error', 'ERR_LOOPVIZ_UNSUPPORTED', `loopviz does not model crypto.${name} yet: it covers hashes, HMACs, pbkdf2, scrypt and random bytes`);
  };
}

module.exports = {
  createHash: (algorithm, options) => new Hash(algorithm),
  createHmac: (algorithm, key) => new Hmac(algorithm, key),
  Hash,
  Hmac,
  pbkdf2,
  pbkdf2Sync,
  scrypt,
  scryptSync,
  randomBytes,
  randomFill,
  randomFillSync,
  randomInt,
  randomUUID: () => internal.randomUUID(),
  getHashes: () => internal.getHashes(),
  timingSafeEqual,
  createCipheriv: unsupported('createCipheriv'),
  createDecipheriv: unsupported('createDecipheriv'),
  createSign: unsupported('createSign'),
  createVerify: unsupported('createVerify'),
  generateKeyPair: unsupported('generateKeyPair'),
  generateKeyPairSync: unsupported('generateKeyPairSync'),
  createPublicKey: unsupported('createPublicKey'),
  createPrivateKey: unsupported('createPrivateKey'),
  createSecretKey: unsupported('createSecretKey'),
  createDiffieHellman: unsupported('createDiffieHellman'),
  createECDH: unsupported('createECDH'),
  hkdf: unsupported('hkdf'),
  hkdfSync: unsupported('hkdfSync'),
  // The Web Crypto API, shared with the crypto global.
  get webcrypto() { return internal.webcrypto().crypto; },
  get subtle() { return internal.webcrypto().subtle; },
  get getRandomValues() {
    const c = internal.webcrypto().crypto;
    return function getRandomValues(array) { return c.getRandomValues(array); };
  },
  constants: {},
};
