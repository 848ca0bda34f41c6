// readFileSync blocks and returns at once; readFile's callback comes later, after the current code and its microtasks
const fs = require('fs');
fs.readFile(__filename, 'utf8', (err, text) => console.log('async readFile done:', text.split('\n')[0]));
const text = fs.readFileSync(__filename, 'utf8');
console.log('sync readFile done:', text.length > 0);
Promise.resolve().then(() => console.log('promise'));
process.nextTick(() => console.log('nextTick'));
console.log('end of main module');
