// An error from _transform destroys the Transform: 'error' then 'close'.
const { Transform } = require('stream');
const t = new Transform({
  transform(chunk, enc, cb) {
    if (String(chunk) === 'bad') return cb(new Error('cannot transform'));
    cb(null, chunk);
  },
});
t.on('data', (d) => console.log('data', String(d)));
t.on('error', (e) => console.log('error', e.message));
t.on('close', () => console.log('close'));
t.on('end', () => console.log('end (never)'));
t.write('ok');
t.write('bad', (err) => console.log('cb bad', err && err.message));
t.write('after', (err) => console.log('cb after', err && err.code));
