process.env.UV_THREADPOOL_SIZE = '2';
const crypto = require('crypto');
const hash = (name, n) => crypto.pbkdf2('secret', 'salt', n, 64, 'sha512', () => console.log(name + ' done'));
hash('big', 300000);
hash('medium', 100000);
hash('tiny', 1);
setImmediate(() => console.log('main thread free'));
