// The same five hashes with UV_THREADPOOL_SIZE=8, set before the pool's first use: all five run at once
process.env.UV_THREADPOOL_SIZE = '8';
const crypto = require('crypto');
let done = 0;
for (let i = 1; i <= 5; i++) {
  crypto.pbkdf2('secret', 'salt', 200000, 32, 'sha256', () => {
    if (++done === 5) console.log('all five hashes done');
  });
}
setImmediate(() => console.log('the main thread is free: the pool does the hashing'));
