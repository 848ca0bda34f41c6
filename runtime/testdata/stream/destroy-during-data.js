// destroy() from a 'data' handler: no more 'data', no 'end', just 'close'.
const { Readable } = require('stream');
const r = Readable.from([1, 2, 3, 4, 5]);
r.on('data', (c) => {
  console.log('data', c);
  if (c === 2) r.destroy();
});
r.on('end', () => console.log('end (never)'));
r.on('close', () => console.log('close, aborted', r.readableAborted));
