// An invalid URL that nobody catches ends the program: node prints the TypeError with its code and input, and exits with 1.
process.on('exit', (code) => console.log('exit', code));
console.log('parsing');
const u = new URL('localhost:3000/api');
console.log('parsed', u.href);
new URL('://missing-scheme');
console.log('not reached');
