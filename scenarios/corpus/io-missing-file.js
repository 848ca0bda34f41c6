// a missing file: the callback gets an ENOENT error (Node's code, errno, syscall and path); Sync forms throw it
const fs = require('fs');
fs.readFile('no-such-file.txt', 'utf8', (err, data) => {
  console.log(err.code, err.errno, err.syscall, err.path, data);
  console.log(err.message);
  console.log(err);
});
try {
  fs.readFileSync('also-missing.json');
} catch (err) {
  console.log('sync threw:', err.message);
}
fs.promises.readFile('still-missing').catch((err) => console.log('promise rejected:', err.code));
console.log('exists?', fs.existsSync('no-such-file.txt'), fs.existsSync(__filename));
