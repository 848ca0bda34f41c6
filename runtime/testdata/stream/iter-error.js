// A stream error rejects the for await loop.
const { Readable } = require('stream');
const r = new Readable({ objectMode: true, read() {} });
r.push(1);
setTimeout(() => r.destroy(new Error('mid-stream failure')), 5);
(async () => {
  try {
    for await (const x of r) console.log('x', x);
  } catch (e) {
    console.log('caught', e.message);
  }
})();
