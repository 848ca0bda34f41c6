const crypto = require('crypto');
setTimeout(() => console.log('timer'), 0);
crypto.pbkdf2('secret', 'salt', 1, 32, 'sha256', () => console.log('async hash'));
crypto.pbkdf2Sync('secret', 'salt', 50000, 32, 'sha256');
console.log('sync hash');
