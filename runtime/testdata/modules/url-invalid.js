// An unparsable URL is a TypeError with code ERR_INVALID_URL and the input (and base) on it; URL.canParse and URL.parse test without throwing.
for (const [input, base] of [['not a url'], ['/relative/only'], ['http://[::1'], ['x', 'also not a base'], ['http://h:99999/']]) {
  try {
    new URL(input, base);
    console.log('parsed', input);
  } catch (e) {
    console.log(e instanceof TypeError, e.name, e.message, e.code, JSON.stringify(e.input), JSON.stringify(e.base), Object.keys(e));
  }
}
console.log(URL.canParse('/x'), URL.canParse('/x', 'http://h'), URL.parse('nope'), URL.parse('/y', 'http://h').href);
try {
  new URL();
} catch (e) {
  console.log(e.name, e.code, e.message);
}
