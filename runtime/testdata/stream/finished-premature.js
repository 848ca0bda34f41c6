// finished() on a stream destroyed before it ended: ERR_STREAM_PREMATURE_CLOSE; on one already done: a nextTick.
const { finished, Readable, PassThrough } = require('stream');
const r = new Readable({ read() {} });
finished(r, (err) => console.log('r:', err.code, err.message));
r.destroy();
const p = new PassThrough();
p.end();
p.resume();
p.on('close', () => {
  console.log('p closed');
  finished(p, (err) => console.log('p finished after close:', err));
  process.nextTick(() => console.log('tick queued after finished()'));
});
