// 'finish' comes on the tick after the last write callback, both for synchronous and timer callbacks.
const { Writable } = require('stream');
const tag = process.argv[2] || 'x';
function mk(name) {
  const w = new Writable({ objectMode: true, write(chunk, enc, cb) { console.log(name, '_write', chunk); cb(); } });
  w.on('prefinish', () => console.log(name, 'prefinish'));
  w.on('finish', () => console.log(name, 'finish'));
  return w;
}
const a = mk('A');
process.nextTick(() => console.log('t1'));
a.write(1);
a.end();
process.nextTick(() => console.log('t2'));
process.nextTick(() => process.nextTick(() => console.log('t3')));
setTimeout(() => {
  const b = mk('B');
  process.nextTick(() => console.log('t1'));
  b.write(1, () => console.log('B cb1'));
  b.end();
  process.nextTick(() => console.log('t2'));
  process.nextTick(() => process.nextTick(() => console.log('t3')));
}, 5);
