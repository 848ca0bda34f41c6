const EventEmitter = require('events');
const e = new EventEmitter();
e.on('error', () => console.log('error event'));
process.on('unhandledRejection', (err) => console.log('unhandled: ' + err.message));
e.on('data', async () => {
  throw new Error('oops');
});
e.emit('data');
console.log('emitted');
