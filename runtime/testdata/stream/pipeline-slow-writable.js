// pipeline from a generator into a slow writable: backpressure stops the generator between chunks.
const { pipeline, Readable, Writable } = require('stream');
function* numbers() {
  for (let i = 1; i <= 5; i++) {
    console.log('generate', i);
    yield i;
  }
}
const slow = new Writable({
  objectMode: true,
  highWaterMark: 2,
  write(chunk, enc, cb) {
    console.log('  consume', chunk);
    setTimeout(cb, 10);
  },
});
pipeline(Readable.from(numbers()), slow, (err) => console.log('done', err));
