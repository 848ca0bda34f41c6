// url.parse, node's legacy parser: a Url object with auth, host, port, query (a string, or an object with parseQueryString) and its quirks.
const url = require('url');
console.log(url.parse('http://user:pass@Host.COM:8080/p/a/t/h?query=string&a=1&a=2#hash', true));
for (const s of ['/users/42?x=1&y=2', 'mailto:a@b.com', 'HTTP://H/A b?c d#e"f', 'javascript:alert(1)', '//h/x', 'http:\\\\h\\a?b\\c',
  'file:///tmp/x', 'http://[::1]:3000/x', 'redis://:pw@localhost:6379/0', 'www.example.com/path', '?q=1', '#frag', '']) {
  const u = url.parse(s);
  console.log(JSON.stringify(s), '->', JSON.stringify([u.protocol, u.slashes, u.auth, u.host, u.port, u.hostname, u.hash, u.search, u.query, u.pathname, u.path, u.href]));
}
console.log(url.parse('//h/p?x=1', true, true).host, url.parse('/p', true).query, url.parse('http://h/', true).search);
try {
  url.parse(42);
} catch (e) {
  console.log(e.name, e.code, e.message);
}
try {
  url.parse('http://a[b/');
} catch (e) {
  console.log(e.name, e.code, e.message, e.input);
}
console.log(url.parse('http://h').constructor === url.Url, url.parse(url.parse('http://h/')) instanceof url.Url);
