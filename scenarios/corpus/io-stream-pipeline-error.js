// pipeline: an error thrown in the middle Transform destroys every stream of the pipeline, and the callback gets the error once, after the streams have closed
const { pipeline, Readable, Transform, Writable } = require('stream');
const source = Readable.from(['a', 'b', 'c', 'd']);
const picky = new Transform({
  objectMode: true,
  transform(chunk, enc, done) {
    if (chunk === 'c') return done(new Error('cannot transform c'));
    console.log('transform', chunk);
    done(null, chunk.toUpperCase());
  },
});
const sink = new Writable({
  objectMode: true,
  write(chunk, enc, done) {
    console.log('sink got', chunk);
    done();
  },
});
for (const [name, s] of [['source', source], ['picky', picky], ['sink', sink]]) {
  s.on('close', () => console.log(name, 'closed, destroyed:', s.destroyed));
}
sink.on('finish', () => console.log('sink finish (never)'));
pipeline(source, picky, sink, (err) => {
  console.log('pipeline callback:', err ? err.message : 'no error');
});
