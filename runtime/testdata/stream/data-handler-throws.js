// An exception in a 'data' handler is uncaught: it escapes the tick that emitted 'data'.
const { Readable } = require('stream');
process.on('uncaughtException', (err) => console.log('uncaught:', err.message));
const r = Readable.from([1, 2]);
r.on('data', (d) => {
  console.log('data', d);
  if (d === 1) throw new Error('handler failed');
});
r.on('end', () => console.log('end'));
process.nextTick(() => console.log('tick'));
