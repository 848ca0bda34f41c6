// _construct runs on a nextTick after the constructor; reads and writes wait until it calls back.
const { Writable, Readable } = require('stream');
const w = new Writable({
  construct(cb) {
    console.log('w construct');
    setTimeout(() => { console.log('w construct done'); cb(); }, 5);
  },
  write(chunk, enc, cb) { console.log('w _write', String(chunk)); cb(); },
});
w.write('early', () => console.log('w cb early'));
w.end(() => console.log('w end cb'));
w.on('finish', () => console.log('w finish'));
w.on('close', () => console.log('w close'));
const r = new Readable({
  construct(cb) { console.log('r construct'); cb(); },
  read() { console.log('r _read'); this.push('x'); this.push(null); },
});
r.on('data', (c) => console.log('r data', String(c)));
r.on('end', () => console.log('r end'));
process.nextTick(() => console.log('tick'));
console.log('sync end');
