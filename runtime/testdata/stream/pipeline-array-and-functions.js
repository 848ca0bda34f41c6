// pipeline with an array of streams, an async function as the last step (its return value reaches the callback) and a generator source.
const { pipeline, Readable, PassThrough, Writable } = require('stream');
pipeline([Readable.from(['a', 'b']), new PassThrough({ objectMode: true }), new Writable({ objectMode: true, write(c, e, cb) { console.log('w', c); cb(); } })], (err) => console.log('done', err));
pipeline(Readable.from([1, 2, 3]), async function (source) { let sum = 0; for await (const x of source) sum += x; return sum; }, (err, val) => console.log('sum', err, val));
pipeline(function* () { yield 'g1'; yield 'g2'; }, async function* (src) { for await (const x of src) yield x + '!'; }, new Writable({ objectMode: true, write(c, e, cb) { console.log('gw', c); cb(); } }), (err) => console.log('gen done', err));
process.nextTick(() => console.log('tick'));
