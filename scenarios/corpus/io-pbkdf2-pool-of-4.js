// five pbkdf2 jobs on libuv's default pool of 4: four run at once, the fifth waits for a free slot
// loopviz: racy
const crypto = require('crypto');
const order = [];
for (let i = 1; i <= 5; i++) {
  crypto.pbkdf2('secret', 'salt', 100000, 64, 'sha512', () => {
    order.push(i);
    if (order.length === 5) console.log('finished in the order', order.join(', '));
  });
}
setImmediate(() => console.log('the main thread stays free while the pool works'));
