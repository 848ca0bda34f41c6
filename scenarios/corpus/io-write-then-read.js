// writeFile, appendFile, readFile and readdir see each other (loopviz keeps writes in memory, never on disk)
const fs = require('fs');
const os = require('os');
const path = require('path');
fs.mkdtemp(path.join(os.tmpdir(), 'loopviz-'), (err, dir) => {
  if (err) throw err;
  const file = path.join(dir, 'log.txt');
  fs.writeFile(file, 'first line\n', (err) => {
    if (err) throw err;
    fs.appendFile(file, 'second line\n', (err) => {
      if (err) throw err;
      fs.readFile(file, 'utf8', (err, text) => {
        console.log(JSON.stringify(text));
        fs.readdir(dir, (err, names) => {
          console.log(names);
          fs.rm(dir, { recursive: true }, (err) => console.log('removed:', err, fs.existsSync(dir)));
        });
      });
    });
  });
});
