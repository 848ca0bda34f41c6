// getRandomValues' errors are node's: DOMExceptions for a float array or more than 65,536 bytes, TypeErrors for no argument or a wrong receiver; Crypto cannot be constructed.
const attempts = {
  float: () => crypto.getRandomValues(new Float32Array(2)),
  dataView: () => crypto.getRandomValues(new DataView(new ArrayBuffer(2))),
  tooBig: () => crypto.getRandomValues(new Uint8Array(65537)),
  none: () => crypto.getRandomValues(),
  wrongThis: () => crypto.getRandomValues.call({}, new Uint8Array(2)),
  detached: () => {
    const { getRandomValues } = crypto;
    return getRandomValues(new Uint8Array(2));
  },
  uuidThis: () => crypto.randomUUID.call({}),
  construct: () => new Crypto(),
  constructKey: () => new CryptoKey(),
};
for (const [name, fn] of Object.entries(attempts)) {
  try {
    fn();
    console.log(name, 'ok');
  } catch (e) {
    console.log(name, e.constructor.name, e.name, e.code, e.message);
  }
}
console.log(crypto.getRandomValues(new Uint8Array(65536)).length);
