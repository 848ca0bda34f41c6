// readline over a file stream: each chunk's complete lines are emitted inside its 'data' event (readline's listener runs first), the rest waits for the next chunk; 'close' comes before the user's 'end'.
const fs = require('fs');
const readline = require('readline');
const input = fs.createReadStream(__dirname + '/readline-data.txt', { highWaterMark: 8 });
const rl = readline.createInterface({ input, crlfDelay: Infinity });
input.on('data', (c) => {
  console.log('data', JSON.stringify(String(c)));
  process.nextTick(() => console.log('  tick after data'));
});
input.on('end', () => console.log('input end'));
input.on('close', () => console.log('input close'));
rl.on('line', (l) => console.log('line', JSON.stringify(l)));
rl.on('close', () => console.log('rl close'));
rl.on('pause', () => console.log('rl pause'));
rl.on('resume', () => console.log('rl resume'));
console.log('sync', input.readableFlowing, rl.terminal, JSON.stringify(rl.line), rl.closed);
