const fs = require('fs');
fs.readFile(__filename, () => console.log('readFile done'));
const text = fs.readFileSync(__filename, 'utf8');
console.log('readFileSync read ' + (text.length > 0 ? 'something' : 'nothing'));
Promise.resolve().then(() => console.log('promise'));
console.log('end of main');
