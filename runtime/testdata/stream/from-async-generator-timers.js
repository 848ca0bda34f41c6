// Readable.from an async generator that waits on timers.
const { Readable } = require('stream');
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
async function* ticker() {
  for (let i = 0; i < 3; i++) {
    await sleep(10);
    yield 'tick' + i;
  }
}
const r = Readable.from(ticker());
const t0 = Date.now();
r.on('data', (d) => console.log(d));
r.on('end', () => console.log('end'));
