// A stream's signal option and addAbortSignal: aborting destroys the stream with an AbortError.
const { Readable, addAbortSignal, PassThrough } = require('stream');
const ac = new AbortController();
const r = new Readable({ signal: ac.signal, read() {} });
r.on('error', (e) => console.log('r error', e.name, e.code, e.message));
r.on('close', () => console.log('r close'));
const ac2 = new AbortController();
const p = addAbortSignal(ac2.signal, new PassThrough());
p.on('error', (e) => console.log('p error', e.name));
p.on('close', () => console.log('p close'));
setTimeout(() => {
  ac.abort();
  console.log('aborted, destroyed', r.destroyed);
  ac2.abort();
}, 1);
