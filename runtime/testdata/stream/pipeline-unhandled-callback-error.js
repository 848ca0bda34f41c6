// An error in a pipeline with a callback: no uncaught exception even without 'error' listeners; exit code 0.
const { pipeline, Readable, Writable } = require('stream');
process.on('exit', (c) => console.log('exit', c));
pipeline(
  Readable.from(['a']),
  new Writable({ write(c, e, cb) { cb(new Error('nope')); } }),
  (err) => console.log('callback', err.message),
);
