// dns.lookup runs on the threadpool like fs and crypto: with all four slots busy hashing, the lookup waits for a free one
const crypto = require('crypto');
const dns = require('dns');
for (let i = 0; i < 4; i++) {
  crypto.pbkdf2('secret', 'salt', 200000, 32, 'sha256', () => {});
}
dns.lookup('localhost', (err) => {
  console.log('dns.lookup answered, after a pool slot freed up', err ? err.code : 'ok');
});
setImmediate(() => console.log('the main thread is free: all four slots hash'));
