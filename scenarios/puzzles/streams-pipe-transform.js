const { Readable, Transform, Writable, pipeline } = require('stream');
const upper = new Transform({
  transform(chunk, enc, cb) {
    cb(null, String(chunk).toUpperCase());
  },
});
const out = new Writable({
  write(chunk, enc, cb) {
    console.log('got ' + chunk);
    cb();
  },
});
pipeline(Readable.from(['x', 'y']), upper, out, (err) => console.log('pipeline done ' + (err ? 'with error' : 'ok')));
console.log('piped');
