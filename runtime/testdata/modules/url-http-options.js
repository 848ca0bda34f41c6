// urlToHttpOptions turns a URL into the options object http.request takes; the url module also exports domainToASCII and domainToUnicode.
const url = require('url');
console.log(url.urlToHttpOptions(new URL('https://u%20s:p%40w@[::1]:8443/p/a?q=1#h')));
const u = new URL('http://a.com/x');
u.extra = 'yes';
console.log(url.urlToHttpOptions(u));
console.log(url.domainToASCII('Español.com'), url.domainToASCII('EXAMPLE.com'), url.domainToASCII('xn--iñvalid.com'), url.domainToUnicode('xn--espaol-zwa.com'));
console.log(Object.keys(url));
console.log(url.URL === URL, url.URLSearchParams === URLSearchParams);
