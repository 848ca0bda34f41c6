// pipeline with an async generator function as a transform.
const { pipeline, Readable, Writable } = require('stream');
const dst = new Writable({ objectMode: true, write(c, e, cb) { console.log('write', c); cb(); } });
pipeline(
  Readable.from([1, 2, 3]),
  async function* (source) {
    for await (const n of source) {
      console.log('gen got', n);
      yield n * 2;
    }
  },
  dst,
  (err) => console.log('done', err),
);
process.nextTick(() => console.log('tick'));
