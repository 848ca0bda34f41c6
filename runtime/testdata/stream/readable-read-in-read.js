// _read pushing synchronously: data is buffered during the sync call and flows afterwards; 'end' and 'close' follow on ticks.
const { Readable } = require('stream');
let n = 0;
const r = new Readable({
  objectMode: true,
  read() {
    n++;
    console.log('_read', n);
    if (n <= 3) this.push('item' + n);
    else this.push(null);
  },
});
r.on('data', (c) => {
  console.log('data', c);
  process.nextTick(() => console.log('  tick after', c));
  Promise.resolve().then(() => console.log('  micro after', c));
});
r.on('end', () => console.log('end'));
r.on('close', () => console.log('close'));
console.log('sync done');
