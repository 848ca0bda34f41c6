// Line endings: \n, \r\n and a lone \r all end a line; a \r\n split across two chunks is one ending (within crlfDelay), with the default delay too.
const readline = require('readline');
const { PassThrough } = require('stream');
for (const crlfDelay of [undefined, Infinity]) {
  const input = new PassThrough();
  const rl = readline.createInterface({ input, crlfDelay });
  const lines = [];
  rl.on('line', (l) => lines.push(l));
  rl.on('close', () => console.log(String(crlfDelay), rl.crlfDelay, JSON.stringify(lines)));
  input.write('one\r');
  input.write('\ntwo\r\nthree\rfour\n\r');
  input.write('\r\nfive');
  input.end();
}
