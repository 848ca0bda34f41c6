process.env.UV_THREADPOOL_SIZE = '1';
const crypto = require('crypto');
crypto.pbkdf2('secret', 'salt', 100000, 64, 'sha512', () => console.log('heavy done'));
crypto.pbkdf2('secret', 'salt', 1, 64, 'sha512', () => console.log('light done'));
