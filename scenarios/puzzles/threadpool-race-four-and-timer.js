// loopviz: racy
const crypto = require('crypto');
let done = 0;
for (let i = 0; i < 2; i++) {
  crypto.pbkdf2('secret', 'salt', 300000, 32, 'sha256', () => {
    done++;
    if (done === 2) console.log('both hashes done');
  });
}
setTimeout(() => console.log('timeout'), 0);
setImmediate(() => console.log('immediate'));
