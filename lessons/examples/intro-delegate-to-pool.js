// Node hands the file read to libuv (the threadpool) and keeps running JavaScript meanwhile
const fs = require('fs');
fs.readFile(__filename, 'utf8', (err, text) => {
  if (err) throw err;
  console.log('3. the read is done:', text.split('\n')[0].length, 'characters in line 1');
});
console.log('1. readFile was handed to libuv');
let sum = 0;
for (let i = 1; i <= 1000; i++) sum += i;
console.log('2. meanwhile JavaScript keeps going: sum =', sum);
