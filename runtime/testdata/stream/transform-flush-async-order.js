// An async _flush: 'prefinish' first, the flushed chunk and 'end' later, 'finish' only once flush calls back.
const { Transform } = require('stream');
const t = new Transform({ transform(c, e, cb) { cb(null, c); }, flush(cb) { console.log('flush'); setTimeout(() => { cb(null, 'tail'); }, 1); } });
for (const ev of ['prefinish', 'finish', 'end', 'close']) t.on(ev, () => console.log(ev));
t.on('data', (d) => console.log('data', String(d)));
t.end('x', () => console.log('end cb'));
process.nextTick(() => console.log('tick'));
