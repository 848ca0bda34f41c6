// Breaking out of for await over Readable.from(async generator): the generator's finally runs before 'close'.
const { Readable } = require('stream');
async function* gen() { try { yield 1; yield 2; yield 3; } finally { console.log('gen cleanup'); } }
const r = Readable.from(gen());
(async () => {
  for await (const x of r) { console.log('x', x); if (x === 2) break; }
  console.log('after break');
})();
r.on('close', () => console.log('close'));
r.on('error', (e) => console.log('error', e.name));
let p = Promise.resolve(); for (let i = 0; i < 14; i++) p = p.then(() => console.log('m', i));
