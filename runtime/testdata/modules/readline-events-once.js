// Collecting every line with a 'line' listener and awaiting events.once(rl, 'close'), the documented idiom for reading a file line by line.
const fs = require('fs');
const readline = require('readline');
const { once } = require('events');
(async () => {
  const rl = readline.createInterface({ input: fs.createReadStream(__dirname + '/readline-forty.txt'), crlfDelay: Infinity });
  const lines = [];
  rl.on('line', (l) => lines.push(l));
  const before = lines.length;
  await once(rl, 'close');
  console.log(before, lines.length, lines[0], lines[39]);
  process.nextTick(() => console.log('tick after once'));
  await null;
  console.log('microtask after once');
})();
