// _final runs when end() is called and nothing is pending; 'prefinish' waits for its callback.
const { Writable } = require('stream');
const w = new Writable({
  write(chunk, enc, cb) { console.log('_write', String(chunk)); cb(); },
  final(cb) {
    console.log('_final called');
    setTimeout(() => { console.log('_final done'); cb(); }, 5);
  },
});
w.on('prefinish', () => console.log('prefinish'));
w.on('finish', () => console.log('finish'));
w.on('close', () => console.log('close'));
w.write('a');
process.nextTick(() => console.log('tick'));
w.end('b');
console.log('after end');
