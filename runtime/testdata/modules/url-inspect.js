// util.inspect of URL, URLSearchParams and their iterators, nested and with depth limits, as node prints them.
const util = require('util');
const u = new URL('http://h/?q=' + 'x'.repeat(60) + '&r=2');
console.log({ deep: { u } });
console.log(util.inspect(u, { depth: 0 }));
console.log({ a: { b: { c: u } } });
const sp = new URLSearchParams('a=1&b=2&a=3');
console.log(sp, [sp], { sp });
console.log(util.inspect(sp, { breakLength: 10 }));
console.log(new URLSearchParams());
const it = sp.values();
it.next();
console.log(it, sp.keys(), sp.entries());
console.log(new URLSearchParams({ "it's": 'a "b"', 'é': '\n' }));
class MyURL extends URL {}
console.log(new MyURL('http://x/'));
