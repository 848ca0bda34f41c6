// Records what node's URL class gives for the inputs and setter calls below,
// for weburl's tests. Run with node v20 from the repository root:
//
//	node runtime/weburl/testdata/record.js > runtime/weburl/testdata/node.json
'use strict';
const parses = [
  ['http://example.com/a/b/'], ['/users/42?x=1&y=2#top', 'http://localhost'], ['http://localhost:3000/x'],
  ['https://user:pw@Example.COM:443/p/../q/./r?a=b c#frag'], ['../c', 'http://h/a/b/'], ['?q=1', 'http://h/a/b'],
  ['//other/x', 'https://h/a'], ['file:///tmp/a b.txt'], ['mailto:someone@example.com'], ['http://h/a%20b/é?é=ü'],
  ['HTTP://H'], ['http://h?'], ['http://h#'], ['blob:x'], ['http://[::1]:8080/'], ['http://h/a//b'],
  ['javascript:alert(1)'], ['data:text/plain,hi'], ['http://h/%7e'], ['  http://h/x  '],
  ['foo'], [''], ['http://'], ['http://a b'], ['/x'], ['http://h/x', 'not a base'],
  ['http://h/a^b{c}`d|e'], ['http://h/?a^b{c}`d|e\'f"g<h>'], ["foo://h/?a'b"], ['http://h/#a b`c<d>"e{f}^'],
  ['mailto:a b ?x'], ['mailto:a b '], ['sc:a b #x'],
  ['http://0x7f.1/'], ['http://127.1/'], ['http://0177.0.0.1/'], ['http://4294967295/'], ['http://4294967296/'],
  ['http://1.2.3.4.5/'], ['http://1.2.3.4./'], ['http://foo.09/'], ['http://foo.0x/'], ['http://0x/'], ['http://09/'],
  ['http://[0:0:0:0:0:0:0:1]/'], ['http://[1:0:0:2::3:0]/'], ['http://[::ffff:192.168.0.1]/'], ['http://[1::]/'], ['http://[::]/'],
  ['http://[1:2:3:4:5:6:7:8]/'], ['http://[1:2:3:4:5:6:7:8:9]/'], ['http://[::1.2.3]/'], ['http://[::01.2.3.4]/'],
  ['http://-a-.com/'], ['http://a_b.com/'], ['http://ÉXAMPLE.com/'], ['http://xn--nxasmq6b.com/'], ['http://bücher.de/'],
  ['http://a%2Eb/'], ['http://a%41/'], ['http://%zz/'], ['http://a b/'], ['http://a%20b/'],
  ['file:///C:/x/../y'], ['file://localhost/etc'], ['file://host/share/x'], ['file:c:\\foo\\bar'], ['/x/y', 'file:///C:/a/b'],
  ['..', 'file:///C:/'], ['file:/x'], ['file:x'], ['C|/x', 'file:///a/b'], ['?q', 'file:///a/b'], ['x', 'file:///a/b'],
  ['http:\\\\h\\a\\b'], ['http:/h/x'], ['http:h/x'], ['h/x', 'http://b/c/d'], ['http:x', 'http://b/c/d'], ['https:x', 'http://b/c/d'],
  ['sc://h/./a/../b/%2e/%2E%2e/c'], ['sc:/a/../b'], ['sc:'], ['sc:/'], ['sc://'], ['sc://@h'], ['http://@h/'], ['http://a:b@/'],
  ['http://user@h:0/'], ['http://h:65535/'], ['http://h:65536/'], ['http://h:080/'], ['http://h:/'], ['http://h:a/'],
  ['http://a@b@c/'], ['http://a:b:c@h/'], ['http://é:ü@h/'], ['?', 'sc:a'], ['#f', 'sc:a'], ['x', 'sc:a'], ['//x', 'sc:a'],
  ['web+demo:/.//not-a-host/'], ['sc:/.//x'], ['non-spec:/..//p'],
  ['', 'http://h/a?b#c'], ['#', 'http://h/a?b#c'], ['?', 'http://h/a?b#c'], ['.', 'http://h/a/b'], ['./', 'http://h/a/b'],
  ['../../../../x', 'http://h/a/b'], ['/a/b/../../..', 'http://h/'], ['a/./b/../c', 'http://h/x/y'],
  ['blob:https://a.com/uuid'], ['blob:foo'], ['ws://h:80/'], ['wss://h:443/'], ['ftp://h:21/'], ['HTTPS://H:443'],
  ['http://h/\t\na\rb'], ['\u0000 http://h/ \u001f'], ['http://h/é?é#é'], ['http://h/%c3%a9'], ['http://h/a%2fb'],
  ['data:,'], ['about:blank'], ['urn:isbn:0451450523'], ['git+ssh://git@github.com:x/y.git'], ['git+ssh://git@github.com/x/y.git'],
  ['postgres://u:p@db:5432/name?ssl=true'], ['http://h/?a=1&a=2'], ['http://[::1'], ['http://[g::1]/'], ['http://[::1]x/'],
  ['sc://[::1]/'], ['sc://a^b/'], ['sc://a%zz/'], ['sc://é/'], ['/favicon.ico', 'http://localhost:8080'],
  ['/api/users?page=2&limit=10', 'http://localhost'], ['http://localhost/a/b/c/../d/./e'], ['https://example.org/?q=a+b&r=%20c'],
  ['http://h/😀'], ['http://h/?😀'], ['HTTP://EXAMPLE.COM:8080/Path?Query#Frag'],
];
const setters = [
  ['http://h/p?a=1#f', 'href', 'https://other/x'], ['http://h/p?a=1#f', 'href', 'not a url'],
  ['http://h/p', 'protocol', 'https'], ['http://h/p', 'protocol', 'ftp:'], ['http://h/p', 'protocol', 'foo'], ['foo://h/p', 'protocol', 'http'],
  ['http://h:443/p', 'protocol', 'https'], ['http://u@h/p', 'protocol', 'file'], ['mailto:x', 'protocol', 'sc'],
  ['http://h/p', 'username', 'us er@'], ['http://h/p', 'password', 'p:w'], ['file:///p', 'username', 'u'],
  ['http://h/p', 'host', 'other:8080'], ['http://h/p', 'host', 'other:80'], ['http://h:81/p', 'host', 'x'], ['http://h/p', 'host', ''],
  ['http://h/p', 'host', 'a b'], ['http://h/p', 'hostname', 'x:9'], ['http://h:9/p', 'hostname', 'x'], ['sc://h/p', 'host', ''],
  ['file://h/p', 'host', 'localhost'], ['mailto:x', 'host', 'h'],
  ['http://h/p', 'port', '8080'], ['http://h/p', 'port', '80'], ['http://h:81/p', 'port', ''], ['http://h/p', 'port', '12ab'],
  ['http://h/p', 'port', 'ab'], ['http://h/p', 'port', '99999'], ['http://h/p', 'port', 8081],
  ['http://h/p', 'pathname', '/a b/../c'], ['http://h/p', 'pathname', 'x?y#z'], ['sc:x', 'pathname', '/y'], ['sc://h', 'pathname', 'y'],
  ['http://h/p?x', 'search', 'a=1&b=2'], ['http://h/p?x', 'search', '?c'], ['http://h/p?x', 'search', ''], ['http://h/p', 'search', '#x y'],
  ['http://h/p#x', 'hash', 'y z'], ['http://h/p#x', 'hash', ''], ['http://h/p', 'hash', '##a'],
];
const fields = ['href', 'origin', 'protocol', 'username', 'password', 'host', 'hostname', 'port', 'pathname', 'search', 'hash'];
const describe = (u) => fields.map((f) => u[f]);
const out = { node: process.version, parses: [], setters: [] };
for (const [input, base] of parses) {
  let got;
  try {
    got = describe(base === undefined ? new URL(input) : new URL(input, base));
  } catch (e) {
    got = null;
  }
  out.parses.push({ input, base: base === undefined ? null : base, url: got });
}
for (const [input, field, value] of setters) {
  const u = new URL(input);
  let threw = false;
  try {
    u[field] = value;
  } catch {
    threw = true;
  }
  out.setters.push({ input, field, value: String(value), threw, url: describe(u) });
}
// One case a line, for readable diffs.
const list = (items) => '[\n' + items.map((x) => '  ' + JSON.stringify(x)).join(',\n') + '\n ]';
process.stdout.write('{\n "node": ' + JSON.stringify(out.node) + ',\n "parses": ' + list(out.parses) +
  ',\n "setters": ' + list(out.setters) + '\n}\n');
