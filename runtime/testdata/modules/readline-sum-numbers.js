// A typical script: sum the numbers of a 2,000-line file read with readline, 64 KiB chunks at a time, and report once the interface closes.
const fs = require('fs');
const path = require('path');
const readline = require('readline');
const file = path.join(require('os').tmpdir(), `readline-sum-numbers-${process.pid}.txt`);
const lines = [];
for (let i = 1; i <= 2000; i++) lines.push(`${i},${(i * 7) % 13},item-${'x'.repeat(i % 50)}`);
fs.writeFileSync(file, lines.join('\n') + '\n');
const rl = readline.createInterface({ input: fs.createReadStream(file), crlfDelay: Infinity });
let count = 0;
let sum = 0;
let dataEvents = 0;
rl.input.on('data', () => dataEvents++);
rl.on('line', (line) => {
  const [n, m] = line.split(',');
  count++;
  sum += Number(n) * Number(m);
});
rl.on('close', () => {
  fs.unlinkSync(file);
  console.log({ count, sum, dataEvents });
});
