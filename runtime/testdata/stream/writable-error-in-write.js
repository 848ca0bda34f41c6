// _write calling back with an error: the callback gets it, then 'error' and 'close'; later writes fail.
const { Writable } = require('stream');
const w = new Writable({
  write(chunk, enc, cb) {
    if (String(chunk) === 'bad') cb(new Error('bad chunk'));
    else cb();
  },
});
w.on('error', (err) => console.log('error', err.message, 'destroyed', w.destroyed));
w.on('close', () => console.log('close', 'errored', w.errored && w.errored.message));
w.on('finish', () => console.log('finish (never)'));
w.write('good', (err) => console.log('cb good', err));
w.write('bad', (err) => console.log('cb bad', err && err.message));
w.write('after', (err) => console.log('cb after', err && err.code));
process.nextTick(() => console.log('tick'));
