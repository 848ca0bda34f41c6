const fs = require('fs');
setTimeout(() => console.log('timer 200ms'), 200);
fs.readFile(__filename, 'utf8', () => console.log('file read'));
setImmediate(() => console.log('immediate'));
