// Blocking: readFileSync holds the only JavaScript thread until the whole file is read
const fs = require('fs');
setImmediate(() => console.log('3. the immediate had to wait for the read'));
const text = fs.readFileSync(__filename, 'utf8');
console.log('1. read', text.split('\n').length, 'lines before anything else could run');
console.log('2. this line waited for the file');
