// new URL splits a URL into its parts; console.log prints them as node does.
const u = new URL('https://user:pw@Example.COM:8443/a/b/../c/?q=1&r=two%20words#frag');
console.log(u.href);
console.log(u.origin, u.protocol, u.username, u.password);
console.log(u.host, u.hostname, u.port, u.pathname, u.search, u.hash);
console.log(String(u) === u.href, JSON.stringify({ u }), u.toJSON());
console.log(u);
console.log(new URL('http://localhost:80/').port === '', new URL('HTTP://LOCALHOST').href);
console.log(Object.prototype.toString.call(u), u instanceof URL, typeof URL, URL.name);
