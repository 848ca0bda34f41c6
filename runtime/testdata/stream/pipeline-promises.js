// stream/promises pipeline resolves after the destination finished.
const { pipeline } = require('stream/promises');
const { Readable, Writable, Transform } = require('stream');
const chunks = [];
async function main() {
  await pipeline(
    Readable.from(['x', 'y', 'z']),
    new Transform({ objectMode: true, transform(c, e, cb) { cb(null, c + c); } }),
    new Writable({ objectMode: true, write(c, e, cb) { chunks.push(c); cb(); } }),
  );
  console.log('resolved', chunks);
  try {
    await pipeline(
      Readable.from(['a']),
      new Writable({ objectMode: true, write(c, e, cb) { cb(new Error('rejected write')); } }),
    );
  } catch (err) {
    console.log('caught', err.message);
  }
}
main().then(() => console.log('main done'));
console.log('sync end');
