// querystring.unescape falls back to a byte-wise decode when decodeURIComponent fails; unescapeBuffer returns the bytes, and parse accepts a custom decoder.
const qs = require('querystring');
console.log(qs.unescape('a+b%20c'), qs.unescape('a+b', true), qs.unescape('bad%zz%41'), qs.unescape('é%zz'));
console.log(qs.unescapeBuffer('a%20b%zz+'), qs.unescapeBuffer('a+b', true), qs.unescapeBuffer('%4'), qs.unescapeBuffer('é%41'));
console.log(qs.parse('a+b=c+d', null, null, { decodeURIComponent: (s) => `<${s}>` }));
console.log(qs.parse('a=%zz&b=ok', null, null, { decodeURIComponent: () => { throw new Error('no'); } }));
console.log(qs.parse('x=1&y=2', '&', '=', { decodeURIComponent: (s) => s.toUpperCase() }));
console.log(qs.parse('é=%zzé'));
