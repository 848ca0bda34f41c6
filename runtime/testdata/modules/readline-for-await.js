// for await (const line of rl): lines queue up while the loop awaits, the loop drains them in microtasks (nextTicks wait), and ends after 'close'.
const fs = require('fs');
const readline = require('readline');
async function main() {
  const rl = readline.createInterface({ input: fs.createReadStream(__dirname + '/readline-data.txt', { highWaterMark: 8 }), crlfDelay: Infinity });
  rl.on('close', () => console.log('rl close'));
  let n = 0;
  for await (const line of rl) {
    console.log(++n, JSON.stringify(line));
    await null;
    process.nextTick(() => console.log('  tick', n));
  }
  console.log('loop done');
}
main().then(() => console.log('main done'));
