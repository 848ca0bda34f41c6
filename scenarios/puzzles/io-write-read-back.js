const fs = require('fs');
const path = require('path');
const os = require('os');
const file = path.join(os.tmpdir(), 'loopviz-note-' + process.pid + '.txt');
fs.writeFile(file, 'hello', () => {
  console.log('written');
  fs.readFile(file, 'utf8', (err, text) => {
    console.log('read ' + text);
    fs.unlinkSync(file);
  });
  console.log('read started');
});
console.log('write started');
