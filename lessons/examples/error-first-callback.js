// Error-first callbacks: the error arrives as the first argument and is lost unless the callback checks it
const fs = require('fs');
fs.readFile('no-such-file.txt', 'utf8', (err, text) => {
  if (err) {
    console.log('checked:', err.code);
    return;
  }
  console.log(text);
});
fs.readFile('no-such-file.txt', 'utf8', (err, text) => {
  console.log('unchecked: text is', text); // err was ignored: the program goes on with undefined
});
