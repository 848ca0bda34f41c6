// Write callbacks of synchronous writes: consecutive equal callbacks share a tick; 'finish' and the end() callback come on the tick after the last one.
const { Writable } = require('stream');
for (const om of [false, true]) {
  const name = om ? 'obj' : 'byte';
  const w = new Writable({ objectMode: om, write(c, e, cb) { cb(); } });
  const X = () => console.log(name, 'X');
  process.nextTick(() => console.log(name, 't1'));
  w.write('a', X); w.write('b'); w.write('c', X); w.write('d', () => console.log(name, 'Y')); w.write('e', X);
  w.end(() => console.log(name, 'end cb'));
  w.on('finish', () => console.log(name, 'finish'));
  process.nextTick(() => console.log(name, 't2'));
  process.nextTick(() => process.nextTick(() => console.log(name, 't3')));
}
