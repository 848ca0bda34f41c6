// stream.pipeline reports an error from any stage to one callback and destroys every stage; pipe would leave the source open
const { pipeline, Readable, Transform, Writable } = require('stream');
const source = Readable.from(['a', 'b', 'c']);
const upper = new Transform({
  transform(chunk, enc, done) {
    if (String(chunk) === 'b') return done(new Error('bad chunk b'));
    done(null, String(chunk).toUpperCase());
  },
});
const sink = new Writable({
  write(chunk, enc, done) { console.log('wrote', String(chunk)); done(); },
});
pipeline(source, upper, sink, (err) => {
  console.log('pipeline failed:', err.message);
  console.log('source destroyed?', source.destroyed, '- sink destroyed?', sink.destroyed);
});
