// end() twice: the second end callback gets ERR_STREAM_ALREADY_FINISHED after 'finish', or waits for it before.
const { Writable } = require('stream');
const w = new Writable({ write(c, e, cb) { setTimeout(cb, 1); } });
w.on('error', (e) => console.log('error event', e.code));
w.on('finish', () => {
  console.log('finish');
  w.end((err) => console.log('end after finish:', err.code));
});
w.write('a');
w.end((err) => console.log('first end cb', err));
w.end((err) => console.log('second end cb (before finish)', err));
