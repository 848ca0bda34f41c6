// timers/promises setInterval is an async iterator; breaking out of for await stops the interval
const { setInterval: every } = require('timers/promises');
async function main() {
  let n = 0;
  for await (const value of every(10, 'tick value')) {
    n++;
    console.log('iteration', n, value);
    if (n === 3) break;
  }
  console.log('loop left after', n, 'iterations; interval stopped');
}
main().then(() => console.log('main resolved'));
process.on('exit', () => console.log('exit'));
