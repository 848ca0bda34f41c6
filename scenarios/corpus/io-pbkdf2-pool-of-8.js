// UV_THREADPOOL_SIZE=8, set before the first pool job: all five pbkdf2 jobs run at once
// loopviz: racy
process.env.UV_THREADPOOL_SIZE = '8';
const crypto = require('crypto');
const order = [];
for (let i = 1; i <= 5; i++) {
  crypto.pbkdf2('secret', 'salt', 100000, 64, 'sha512', () => {
    order.push(i);
    if (order.length === 5) console.log('finished in the order', order.join(', '));
  });
}
crypto.pbkdf2('secret', 'salt', 1, 16, 'sha256', (err, key) => console.log('a one-iteration job first:', key.toString('hex')));
