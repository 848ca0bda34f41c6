// end() with nothing pending: 'prefinish' on the next tick? 'finish' and the end callback on a nextTick, 'close' on the one after.
const { Writable } = require('stream');
const w = new Writable({ write(c, e, cb) { cb(); } });
w.on('prefinish', () => console.log('prefinish'));
w.on('finish', () => console.log('finish'));
w.on('close', () => console.log('close'));
process.nextTick(() => console.log('tick 1'));
w.end(() => console.log('end cb'));
console.log('after end(): ended', w.writableEnded, 'finished', w.writableFinished);
process.nextTick(() => console.log('tick 2'));
Promise.resolve().then(() => console.log('microtask'));
setTimeout(() => console.log('timer: finished', w.writableFinished, 'closed', w.closed, 'destroyed', w.destroyed), 0);
