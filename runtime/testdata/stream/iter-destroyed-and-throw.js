// for await over an already destroyed stream ends at once; a throw inside the loop destroys the stream without an 'error' event.
const { Readable } = require('stream');
const r = new Readable({ read() {} });
r.destroy();
(async () => {
  try { for await (const x of r) console.log(x); console.log('loop ended normally'); } catch (e) { console.log('caught', e.code); }
})();
const r2 = Readable.from([1, 2, 3]);
(async () => {
  for await (const x of r2) { console.log('r2', x); if (x === 2) throw new Error('thrown in loop'); }
})().catch((e) => console.log('r2 caught', e.message, r2.destroyed));
r2.on('close', () => console.log('r2 close'));
r2.on('error', (e) => console.log('r2 error', e.message));
