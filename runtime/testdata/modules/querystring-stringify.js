// querystring.stringify: arrays repeat the key, only strings, finite numbers, bigints and booleans keep a value, and escape leaves !'()*~ alone.
const qs = require('querystring');
console.log(qs.stringify({ a: 1, b: 'x y', c: [1, 2], d: true, e: null, f: undefined, g: {}, h: NaN, i: Infinity, j: '', k: [], l: 10n, m: -0, n: 1.5 }));
console.log(qs.stringify({ 'a b': 'c&d=e', 'é': '😀', "!'()*~-._": "!'()*~-._" }));
console.log(qs.stringify({ a: 1, b: 2 }, ';', ':'), qs.stringify({ a: [1, 2] }, null, null, { encodeURIComponent: (s) => `<${s}>` }));
console.log(JSON.stringify([qs.stringify('abc'), qs.stringify(null), qs.stringify([1, 2]), qs.stringify({ '': 'x' })]));
console.log(qs.stringify(Object.create({ inherited: 1 }, { own: { value: 2, enumerable: true } })));
console.log(qs.escape('a b&c/é~!*'), qs.escape(5), qs.escape([1, 2]));
try {
  qs.stringify({ a: '\ud800' });
} catch (e) {
  console.log(e.name, e.code, e.message);
}
const round = { q: 'node.js event loop', page: '2', tags: ['a&b', 'c=d'] };
console.log(qs.parse(qs.stringify(round)));
