const EventEmitter = require('events');
const e = new EventEmitter();
e.on('error', (err) => console.log('handled: ' + err.message));
try {
  e.emit('error', new Error('bad'));
  console.log('after emit');
} catch (err) {
  console.log('caught: ' + err.message);
}
