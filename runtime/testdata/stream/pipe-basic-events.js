// pipe(): 'pipe' on the destination at once, data flows from a nextTick, 'end' ends the destination, then 'unpipe', 'finish' and the two 'close's.
const { Readable, Writable } = require('stream');
const src = new Readable({ read() {} });
const dst = new Writable({ write(c, e, cb) { console.log('write', String(c)); cb(); } });
for (const ev of ['pipe', 'unpipe', 'finish', 'prefinish', 'close', 'drain']) dst.on(ev, () => console.log('dst', ev));
for (const ev of ['end', 'close', 'pause', 'resume']) src.on(ev, () => console.log('src', ev));
src.push('a');
src.push('b');
src.push(null);
src.pipe(dst);
console.log('piped, flowing', src.readableFlowing);
process.nextTick(() => console.log('tick'));
Promise.resolve().then(() => console.log('microtask'));
