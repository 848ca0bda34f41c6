// URLSearchParams: built from a string, an object or pairs; get, getAll, has, forEach, size; serialized with + for spaces and node's percent-encoding.
const a = new URLSearchParams('?a=1&b=%20two+words&a=3&c=%zz&d=%E9&e');
console.log([...a], a.size, a.get('a'), a.getAll('a'), a.get('missing'), a.has('e'), a.has('a', '3'), a.has('a', '4'));
console.log(a.toString());
const b = new URLSearchParams({ x: 1, y: [1, 2], z: null });
console.log(b.toString());
const c = new URLSearchParams([['k', 'v'], ['k', 'w']]);
console.log(c.toString(), new URLSearchParams(c).toString(), new URLSearchParams(new Map([['m', 'n']])).toString());
const d = new URLSearchParams();
d.append('sym', "!'()*-._~ &=+/?#é😀");
console.log(d.toString());
a.forEach(function (value, key, params) {
  console.log(key, '=', JSON.stringify(value), params === a, this.tag);
}, { tag: 'T' });
try {
  new URLSearchParams([['only-one']]);
} catch (e) {
  console.log(e.name, e.code, e.message);
}
try {
  a.append('x');
} catch (e) {
  console.log(e.name, e.code, e.message);
}
try {
  a.forEach(5);
} catch (e) {
  console.log(e.name, e.code, e.message);
}
for (const [k, v] of new URLSearchParams('p=1&q=2')) console.log(k, v);
console.log(Object.prototype.toString.call(a), Object.prototype.toString.call(a.keys()));
