// Five pbkdf2 hashes on the default threadpool of 4: the fifth waits for a free slot
const crypto = require('crypto');
let done = 0;
for (let i = 1; i <= 5; i++) {
  crypto.pbkdf2('secret', 'salt', 200000, 32, 'sha256', () => {
    if (++done === 5) console.log('all five hashes done');
  });
}
setImmediate(() => console.log('the main thread is free: the pool does the hashing'));
