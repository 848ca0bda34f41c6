'use strict';
// The Web Crypto global: crypto.getRandomValues and crypto.randomUUID, drawing
// on the same seeded generator as require('crypto').randomBytes, so a run
// gives the same "random" values every time. crypto.subtle is there, but
// every operation of it rejects, saying plainly that loopviz does not model it.
const internal = require('loopviz:internal');

const kConstruct = Symbol('kConstruct');

function illegalConstructor() {
  return internal.nodeError('TypeError', 'ERR_ILLEGAL_CONSTRUCTOR', 'Illegal constructor');
}

const integerArrays = ['Int8Array', 'Uint8Array', 'Uint8ClampedArray', 'Int16Array', 'Uint16Array', 'Int32Array', 'Uint32Array', 'BigInt64Array', 'BigUint64Array'];

function typedArrayName(value) {
  if (!ArrayBuffer.isView(value) || value instanceof DataView) return '';
  return Object.prototype.toString.call(value).slice(8, -1);
}

let instance;

class Crypto {
  constructor(token) {
    if (token !== kConstruct) throw illegalConstructor();
  }

  get subtle() {
    if (this !== instance) throw internal.nodeError('TypeError', 'ERR_INVALID_THIS', 'Value of "this" must be of type Crypto');
    return subtle;
  }

  getRandomValues(array) {
    if (this !== instance) throw internal.nodeError('TypeError', 'ERR_INVALID_THIS', 'Value of "this" must be of type Crypto');
    if (arguments.length === 0) {
      throw internal.nodeError('TypeError', 'ERR_MISSING_ARGS', "Failed to execute 'getRandomValues' on 'Crypto': 1 argument required, but only 0 present.");
    }
    if (!integerArrays.includes(typedArrayName(array))) {
      throw new DOMException('The data argument must be an integer-type TypedArray', 'TypeMismatchError');
    }
    if (array.byteLength > 65536) {
      throw new DOMException('The requested length exceeds 65,536 bytes', 'QuotaExceededError');
    }
    const bytes = internal.randomBytes(array.byteLength)[0];
    new Uint8Array(array.buffer, array.byteOffset, array.byteLength).set(bytes);
    return array;
  }

  randomUUID() {
    if (this !== instance) throw internal.nodeError('TypeError', 'ERR_INVALID_THIS', 'Value of "this" must be of type Crypto');
    return internal.randomUUID();
  }
}
for (const key of ['subtle', 'getRandomValues', 'randomUUID']) {
  const desc = Object.getOwnPropertyDescriptor(Crypto.prototype, key);
  desc.enumerable = true;
  Object.defineProperty(Crypto.prototype, key, desc);
}
Object.defineProperty(Crypto.prototype, Symbol.toStringTag, { value: 'Crypto', configurable: true });

class CryptoKey {
  constructor() {
    throw illegalConstructor();
  }
}
Object.defineProperty(CryptoKey.prototype, Symbol.toStringTag, { value: 'CryptoKey', configurable: true });

class SubtleCrypto {
  constructor(token) {
    if (token !== kConstruct) throw illegalConstructor();
  }
}
for (const method of ['encrypt', 'decrypt', 'sign', 'verify', 'digest', 'generateKey', 'deriveKey', 'deriveBits', 'importKey', 'exportKey', 'wrapKey', 'unwrapKey']) {
  Object.defineProperty(SubtleCrypto.prototype, method, {
    value: {
      // A method, so that it has no prototype and the name node gives it.
      // Its operations are asynchronous in node: the failure is a rejection.
      [method]() {
        return Promise.reject(internal.nodeError('Error', 'ERR_LOOPVIZ_UNSUPPORTED',
          `loopviz does not model crypto.subtle.${method}: it covers hashes, HMACs, pbkdf2, scrypt and random bytes (require('crypto')). Rewrite the program without it, or run it under node`));
      },
    }[method],
    writable: true, enumerable: true, configurable: true,
  });
}
Object.defineProperty(SubtleCrypto.prototype, Symbol.toStringTag, { value: 'SubtleCrypto', configurable: true });

const subtle = new SubtleCrypto(kConstruct);
instance = new Crypto(kConstruct);

module.exports = { crypto: instance, Crypto, CryptoKey, SubtleCrypto, subtle };
