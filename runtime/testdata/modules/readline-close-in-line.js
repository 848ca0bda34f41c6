// rl.close() inside a 'line' listener: the input pauses, 'pause' and 'close' fire at once, yet the other lines of the same chunk are still emitted.
const fs = require('fs');
const readline = require('readline');
const input = fs.createReadStream(__dirname + '/readline-data.txt', { highWaterMark: 8 });
const rl = readline.createInterface({ input });
rl.on('line', (l) => {
  console.log('line', JSON.stringify(l));
  if (l === 'gamma') {
    rl.close();
    console.log('closed?', rl.closed);
  }
});
rl.on('close', () => {
  console.log('rl close');
  setImmediate(() => console.log('later', input.isPaused(), input.listenerCount('data'), input.destroyed));
});
rl.on('pause', () => console.log('rl pause'));
input.on('end', () => console.log('input end'));
input.on('close', () => console.log('input close'));
input.on('pause', () => console.log('input pause'));
