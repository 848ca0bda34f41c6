// events.once() on stream events: awaiting 'finish' and the first 'data'.
const { once, on } = require('events');
const { Readable, PassThrough } = require('stream');
(async () => {
  const p = new PassThrough();
  setTimeout(() => p.end('bye'), 1);
  p.resume();
  await once(p, 'finish');
  console.log('finished via events.once');
  const r = Readable.from([1, 2]);
  const [first] = await once(r, 'data');
  console.log('first data', first);
})();
