// A file streamed through a Transform that upper-cases each chunk, piped to a Writable: chunks flow one read at a time, 'finish' and 'close' come last
const fs = require('fs');
const { Transform, Writable } = require('stream');
const upper = new Transform({
  transform(chunk, enc, done) {
    console.log('transform', chunk.length, 'bytes');
    done(null, chunk.toString().toUpperCase());
  },
});
const collected = [];
const sink = new Writable({
  write(chunk, enc, done) {
    collected.push(chunk.toString());
    done();
  },
});
const source = fs.createReadStream(__filename, { highWaterMark: 256 });
source.on('open', () => {
  console.log('open');
  // The first read was just sent to the pool: this immediate runs before it is back.
  setImmediate(() => console.log('immediate: nothing read yet'));
});
source.on('end', () => console.log('source end'));
sink.on('finish', () => {
  const text = collected.join('');
  console.log('finish', text.startsWith('// A FILE STREAMED'), text === text.toUpperCase());
});
source.on('close', () => console.log('source close'));
source.pipe(upper).pipe(sink);
console.log('sync done');
