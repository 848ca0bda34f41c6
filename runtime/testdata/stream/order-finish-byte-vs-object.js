// end() right after a synchronous write without callback: byte mode finishes a tick sooner than object mode in node 20.
const { Writable } = require('stream');
function run(objectMode) {
  const name = objectMode ? 'object' : 'bytes';
  const w = new Writable({ objectMode, write(c, e, cb) { cb(); } });
  w.on('finish', () => console.log(name, 'finish'));
  w.write('x');
  w.end();
}
process.nextTick(() => console.log('tick 1'));
run(true);
run(false);
process.nextTick(() => console.log('tick 2'));
process.nextTick(() => process.nextTick(() => console.log('tick 3')));
