// Five pbkdf2 hashes on a threadpool of 4: four run at once, the fifth waits for a free slot; the main thread stays free
const crypto = require('crypto');
let done = 0;
for (let i = 1; i <= 5; i++) {
  crypto.pbkdf2('secret', 'salt', 100000, 32, 'sha256', (err) => {
    if (err) throw err;
    if (++done === 5) console.log('all five hashes done');
  });
}
setImmediate(() => console.log('the main thread was free while the pool hashed'));
