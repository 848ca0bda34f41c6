// Reading process.stdin line by line with for await: with no input the loop sees no line and ends once stdin does; readline/promises' question stays pending.
const readline = require('readline');
const rlp = require('readline/promises');
(async () => {
  const rl = readline.createInterface({ input: process.stdin, crlfDelay: Infinity });
  let count = 0;
  for await (const line of rl) count++;
  console.log('lines read:', count);
  const q = rlp.createInterface({ input: process.stdin, output: process.stdout });
  q.on('close', () => console.log('\nsecond interface closed'));
  q.question('Anything? ').then((a) => console.log('answer', a), (e) => console.log('rejected', e.name));
})();
process.on('exit', (c) => console.log('exit', c));
