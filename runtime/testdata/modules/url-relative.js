// Relative references resolve against a base exactly as node's URL does (trailing slashes, dot segments, query-only and scheme-relative references).
const cases = [
  ['../c', 'http://h/a/b/'], ['../c', 'http://h/a/b'], ['./d', 'http://h/a/b/'], ['/root', 'http://h/a/b'],
  ['?q=1', 'http://h/a/b?x=0#f'], ['#top', 'http://h/a/b?x=0'], ['', 'http://h/a/b?x=0#f'], ['//cdn.example/x.js', 'https://h/a'],
  ['../../../../up', 'http://h/a/b/c'], ['g;x?y#s', 'http://a/b/c/d;p?q'], ['.', 'http://h/a/b'], ['..', 'http://h/a/b/'],
  ['x', 'file:///home/u/f.txt'], ['mailto:a@b.c', 'http://h/'], ['b', 'sc://h/a'],
];
for (const [input, base] of cases) {
  console.log(JSON.stringify(input).padEnd(22), JSON.stringify(base).padEnd(24), '->', new URL(input, base).href);
}
console.log(new URL('/users/42?tab=posts', 'http://localhost').pathname);
