// fileURLToPath and pathToFileURL convert between file URLs and paths, percent-encoding what a path may hold; the errors name what is wrong.
const url = require('url');
const path = require('path');
console.log(url.fileURLToPath('file:///tmp/a%20b.txt'), url.fileURLToPath(new URL('file:///tmp/%C3%A9')), url.fileURLToPath('file://localhost/etc/hosts'));
console.log(url.pathToFileURL('/tmp/a b#c?d%e\\f').href, url.pathToFileURL('/tmp/dir/').href, url.pathToFileURL('/tmp/é~[x]').href);
console.log(url.pathToFileURL('/a/../b/./c').href, url.pathToFileURL('/').href);
const here = url.pathToFileURL('notes/today.txt');
console.log(here instanceof URL, here.href === url.pathToFileURL(path.join(__dirname, 'notes/today.txt')).href);
console.log(url.fileURLToPath(url.pathToFileURL(__filename)) === __filename);
for (const bad of ['http://x/y', 'file://host/x', 'file:///a%2fb', 5, 'not a url']) {
  try {
    url.fileURLToPath(bad);
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
}
try {
  url.pathToFileURL(5);
} catch (e) {
  console.log(e.name, e.code, e.message);
}
