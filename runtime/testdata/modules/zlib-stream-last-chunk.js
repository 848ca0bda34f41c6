// Writes queued behind end(): the last one finishes the stream in its own pool job, and the readable side still ends one job later, after the microtasks and the immediate queued in that write's callback.
const zlib = require('zlib');
const gz = zlib.createGzip();
gz.on('data', () => console.log('data'));
for (const e of ['prefinish', 'finish', 'end', 'close']) gz.on(e, () => console.log(e));
gz.write('hello ', () => console.log('w1 done'));
gz.write('world', () => {
  console.log('w2 done');
  process.nextTick(() => console.log('tick in w2'));
  setImmediate(() => console.log('immediate in w2'));
  Promise.resolve().then(() => console.log('promise in w2'));
});
gz.end(() => console.log('end callback'));
