// pipeline(src, transform, dst, cb): the callback runs on a nextTick after every stream has finished and closed.
const { pipeline, Readable, Transform, Writable } = require('stream');
const src = Readable.from(['a', 'b', 'c']);
const t = new Transform({ objectMode: true, transform(c, e, cb) { cb(null, c.toUpperCase()); } });
const dst = new Writable({ objectMode: true, write(c, e, cb) { console.log('write', c); cb(); } });
for (const [name, s] of [['src', src], ['t', t], ['dst', dst]]) {
  for (const ev of ['end', 'finish', 'close']) s.on(ev, () => console.log(name, ev));
}
const ret = pipeline(src, t, dst, (err) => {
  console.log('pipeline done', err);
  process.nextTick(() => console.log('tick after callback'));
});
console.log('returns last stream:', ret === dst);
