// Readable.from(async generator) with awaits in between: microtask-level interleaving with the user's promises.
const { Readable } = require('stream');
async function* gen() {
  for (let i = 1; i <= 3; i++) {
    await null;
    console.log('gen', i);
    yield i;
  }
}
const r = Readable.from(gen());
r.on('data', (d) => {
  console.log('data', d);
  Promise.resolve().then(() => console.log('  micro after data', d));
  process.nextTick(() => console.log('  tick after data', d));
});
r.on('end', () => console.log('end'));
r.on('close', () => console.log('close'));
let p = Promise.resolve();
for (let i = 0; i < 6; i++) p = p.then(() => console.log('user micro', i));
