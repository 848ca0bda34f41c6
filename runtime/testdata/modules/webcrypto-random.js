// The crypto global: getRandomValues fills an integer typed array in place and randomUUID makes v4 UUIDs; it is require('crypto').webcrypto.
const values = crypto.getRandomValues(new Uint32Array(8));
console.log(values instanceof Uint32Array, values.length, crypto.getRandomValues(new Uint8Array(0)).length);
const a = new Uint8Array(16);
console.log(crypto.getRandomValues(a) === a, crypto.getRandomValues(new BigUint64Array(2)).length);
const ids = new Set();
for (let i = 0; i < 100; i++) ids.add(crypto.randomUUID());
console.log(ids.size, [...ids].every((id) => /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/.test(id)));
const c = require('crypto');
console.log(c.webcrypto === crypto, c.subtle === crypto.subtle, typeof c.getRandomValues, c.getRandomValues(new Int16Array(3)).length);
console.log(crypto, Object.prototype.toString.call(crypto), Object.prototype.toString.call(crypto.subtle));
console.log(crypto instanceof Crypto, crypto.subtle instanceof SubtleCrypto, typeof CryptoKey);
const d = Object.getOwnPropertyDescriptor(globalThis, 'crypto');
console.log(typeof d.get, d.set, d.enumerable, d.configurable);
