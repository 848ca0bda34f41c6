// URL setters: each part can be changed, and invalid values are ignored the way the URL Standard says.
const u = new URL('http://h/p?q#f');
u.protocol = 'https';
u.host = 'example.org:8080';
console.log(u.href);
u.port = '443';
console.log(u.href, JSON.stringify(u.port));
u.port = 'abc';
u.hostname = 'api.example.org';
u.pathname = '/v1/items list';
u.username = 'me@home';
u.password = 'p:w';
console.log(u.href);
u.search = '';
u.hash = '';
console.log(u.href);
u.protocol = 'ftp:';
console.log(u.href);
u.protocol = 'custom';
console.log(u.href);
try {
  u.href = 'nope';
} catch (e) {
  console.log(e.code, e.input);
}
const m = new URL('mailto:someone@example.com');
m.host = 'ignored';
m.pathname = '/ignored';
console.log(m.href, m.origin, JSON.stringify(m.host));
