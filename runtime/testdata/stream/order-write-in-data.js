// Writing from a 'data' handler into a sync writable: callbacks batch onto ticks between chunks.
const { Readable, Writable } = require('stream');
const w = new Writable({ objectMode: true, write(c, e, cb) { console.log('  _write', c); cb(); } });
const r = Readable.from(['a', 'b', 'c']);
r.on('data', (c) => {
  console.log('data', c);
  w.write(c, () => console.log('  cb', c));
  process.nextTick(() => console.log('  tick after data', c));
});
r.on('end', () => { console.log('end'); w.end(); });
w.on('finish', () => console.log('finish'));
