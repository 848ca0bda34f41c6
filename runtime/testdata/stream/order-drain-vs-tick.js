// 'drain' is emitted on the tick of the last write callback, before the callback itself.
const { Writable } = require('stream');
const w = new Writable({ objectMode: true, highWaterMark: 1, write(c, e, cb) { console.log('_write', c); cb(); } });
w.cork();
console.log('write 1 ->', w.write(1, () => console.log('cb 1')));
console.log('write 2 ->', w.write(2, () => console.log('cb 2')));
w.on('drain', () => console.log('drain'));
process.nextTick(() => console.log('tick 1'));
w.uncork();
process.nextTick(() => console.log('tick 2'));
