// Removing the last 'readable' listener hands the stream back to 'data' on a nextTick.
const { Readable } = require('stream');
const r = new Readable({ objectMode: true, read() {} });
const onReadable = () => console.log('readable');
r.on('readable', onReadable);
r.on('data', (c) => console.log('data', c));
r.push('a');
setTimeout(() => {
  console.log('removing readable listener, flowing', r.readableFlowing);
  r.removeListener('readable', onReadable);
  console.log('flowing right after', r.readableFlowing);
  process.nextTick(() => console.log('tick, flowing', r.readableFlowing));
  r.push('b');
  r.push(null);
}, 5);
r.on('end', () => console.log('end'));
