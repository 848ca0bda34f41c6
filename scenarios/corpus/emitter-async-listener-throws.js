// an async listener that throws produces an unhandled rejection, not an 'error' event
const EventEmitter = require('events');
const e = new EventEmitter();
e.on('error', err => console.log('error event (never called):', err.message));
e.on('work', async () => {
  await null;
  throw new Error('async listener failed');
});
process.on('unhandledRejection', (reason) => {
  console.log('unhandledRejection:', reason.message);
});
e.emit('work');
console.log('emit returned normally');
