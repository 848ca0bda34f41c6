// _writev receives the corked chunks with their encodings; allBuffers says whether all are Buffers.
const { Writable } = require('stream');
const w = new Writable({ highWaterMark: 100, write(c, e, cb) { console.log('_write', c.length); cb(); }, writev(chunks, cb) { console.log('_writev', chunks.length, chunks.allBuffers, chunks.map(c => c.encoding)); cb(); } });
w.cork(); w.write('a'); w.write(Buffer.from('b')); w.uncork();
const w2 = new Writable({ decodeStrings: false, write(c, e, cb) { cb(); }, writev(chunks, cb) { console.log('w2 _writev', chunks.length, chunks.allBuffers, chunks.map(c => c.encoding)); cb(); } });
w2.cork(); w2.write('a'); w2.write(Buffer.from('b')); w2.write('c', 'latin1'); process.nextTick(() => w2.uncork());
