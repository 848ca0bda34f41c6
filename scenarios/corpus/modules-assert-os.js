// assert and os: assertions that pass say nothing; failed ones throw AssertionError with node's message
const assert = require('assert');
const os = require('os');
assert.strictEqual(1 + 1, 2);
assert.deepStrictEqual({ queue: ['tick', 'micro'] }, { queue: ['tick', 'micro'] });
try {
  assert.strictEqual('timers', 'check');
} catch (e) {
  console.log(e.name, e.code, JSON.stringify(e.message));
}
try {
  assert(2 > 3);
} catch (e) {
  console.log(JSON.stringify(e.message));
}
assert.rejects(Promise.reject(new Error('expected'))).then(() => console.log('rejects: ok'));
console.log(typeof os.cpus().length, os.EOL === '\n', os.platform());
