// break out of for await: the stream is destroyed ('close'); an 'error' listener sees no error.
const { Readable } = require('stream');
const r = Readable.from([1, 2, 3, 4]);
r.on('close', () => console.log('close'));
r.on('error', (e) => console.log('error', e.name));
r.on('end', () => console.log('end (never)'));
(async () => {
  for await (const x of r) {
    console.log('x', x);
    if (x === 2) break;
  }
  console.log('after loop, destroyed', r.destroyed);
})();
