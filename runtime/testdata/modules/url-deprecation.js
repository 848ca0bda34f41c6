// url.parse of a host with a non-numeric port moves it into the path and warns once (DEP0170) on a nextTick, after the synchronous code.
const url = require('url');
process.nextTick(() => console.log('tick before warning'));
const a = url.parse('http://h:abc/x');
console.log(a.host, a.pathname);
const b = url.parse('git+ssh://git@github.com:user/repo.git');
console.log(b.host, b.pathname, b.href);
process.on('warning', (w) => console.log('warning event', w.name, w.code));
console.log('sync done');
