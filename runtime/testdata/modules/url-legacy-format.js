// url.format builds a URL string from a Url-like object (query objects go through querystring) or from a WHATWG URL with auth/fragment/search/unicode options.
const url = require('url');
const objects = [
  { protocol: 'http', host: 'h', pathname: 'p', query: { a: 1, b: [2, 3], c: 'x y' } },
  { protocol: 'https:', hostname: 'h', port: 8080, pathname: '/x', search: 'a=1' },
  { protocol: 'file', pathname: '/tmp/x' }, { protocol: 'file:', pathname: 'tmp/x' },
  { host: 'h', pathname: '/x' }, { hostname: '::1', port: 80 }, { protocol: 'mailto', auth: 'a b', hostname: 'c.com' },
  { protocol: 'http', auth: 'u:p@', host: 'h' }, { pathname: '/a?b#c', search: '?x#y', hash: 'h' },
  { protocol: 'http:', slashes: true, pathname: 'x' }, { protocol: 'foo', hostname: 'h', pathname: 'x' },
  { search: 'q', query: { a: 1 } }, {},
];
for (const o of objects) console.log(JSON.stringify(o), '->', JSON.stringify(url.format(o)));
console.log(url.format('http://h/a b?c d#e f'));
const u = new URL('https://用户:pw@xn--fsq.com:8080/p?q=1#frag');
console.log(url.format(u));
console.log(url.format(u, { auth: false, fragment: false, search: false, unicode: true }));
const p = url.parse('http://h/x?a=1');
p.search = null;
p.query = { z: 9 };
console.log(url.format(p), p.format());
for (const bad of [5, null]) {
  try {
    url.format(bad);
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
}
