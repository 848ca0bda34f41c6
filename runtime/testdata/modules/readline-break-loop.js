// Breaking out of for await over readline leaves the interface open: the input keeps flowing and 'close' comes when it ends.
const fs = require('fs');
const readline = require('readline');
(async () => {
  const input = fs.createReadStream(__dirname + '/readline-forty.txt');
  const rl = readline.createInterface({ input });
  rl.on('close', () => console.log('rl close'));
  input.on('close', () => console.log('input close'));
  for await (const line of rl) {
    console.log(line);
    if (line === 'line1') break;
  }
  console.log('after loop', input.destroyed, rl.closed);
  process.nextTick(() => console.log('tick after loop'));
  Promise.resolve().then(() => console.log('micro after loop'));
})();
