// url.resolve: the legacy resolution a browser does for anchor tags, RFC 3986's examples and node's quirks (relative bases, scheme-only references, mailto).
const url = require('url');
const base = 'http://a/b/c/d;p?q';
for (const ref of ['g', './g', 'g/', '/g', '//g', '?y', 'g?y', '#s', 'g#s', '', '.', './', '..', '../', '../g', '../..', '../../g',
  '../../../g', '/./g', '/../g', 'g.', '.g', 'g..', '..g', './../g', './g/.', 'g/./h', 'g/../h', 'http:g', 'https:g']) {
  console.log(JSON.stringify(ref).padEnd(12), url.resolve(base, ref));
}
console.log(url.resolve('/one/two/three', 'four'), url.resolve('http://example.com/', '/one'), url.resolve('http://example.com/one', '/two'));
console.log(url.resolve('a/b', '../../c'), url.resolve('mailto:x@y', 'z'), url.resolve('//h/a', 'b'), url.resolve('http://h/a b/', 'c d'));
console.log(url.resolveObject('http://a/b', 'c').href);
