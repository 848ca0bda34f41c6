// A _final that calls back synchronously.
const { Writable } = require('stream');
const w = new Writable({
  write(chunk, enc, cb) { cb(); },
  final(cb) { console.log('_final'); cb(); },
});
w.on('prefinish', () => console.log('prefinish'));
w.on('finish', () => console.log('finish'));
w.on('close', () => console.log('close'));
w.end();
console.log('after end');
process.nextTick(() => console.log('tick'));
