// stream/promises pipeline with an async generator transform and an AbortSignal aborted mid-way: the promise rejects with an AbortError.
const { pipeline } = require('stream/promises');
const { Readable, Writable } = require('stream');
const ac = new AbortController();
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
async function main() {
  try {
    await pipeline(
      Readable.from([1, 2, 3, 4, 5]),
      async function* (src) {
        for await (const x of src) {
          await sleep(5);
          yield x * x;
        }
      },
      new Writable({
        objectMode: true,
        write(c, e, cb) {
          console.log('got', c);
          if (c === 4) {
            ac.abort();
            console.log('aborted');
          }
          cb();
        },
      }),
      { signal: ac.signal },
    );
    console.log('finished');
  } catch (err) {
    console.log('rejected', err.name, err.message);
  }
}
main();
