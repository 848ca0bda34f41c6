// loopviz: racy
const crypto = require('crypto');
crypto.pbkdf2('secret', 'salt', 50000, 64, 'sha512', () => console.log('first submitted'));
crypto.pbkdf2('secret', 'salt', 50000, 64, 'sha512', () => console.log('second submitted'));
