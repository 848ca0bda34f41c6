// Non-blocking: readFile is handed to the threadpool; the rest of the file and an immediate run before its callback
const fs = require('fs');
fs.readFile(__filename, 'utf8', (err, text) => {
  if (err) throw err;
  console.log('3. read', text.split('\n').length, 'lines, in the poll phase');
});
setImmediate(() => console.log('2. the immediate did not wait for the read'));
console.log('1. this line runs at once');
