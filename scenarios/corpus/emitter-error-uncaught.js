// emitting 'error' with no error listener throws: an uncaught exception that ends the process with code 1
const EventEmitter = require('events');
const e = new EventEmitter();
process.on('exit', code => console.log('exit listener, code', code));
setTimeout(() => console.log('timer never runs'), 0);
console.log('emitting error');
e.emit('error', new Error('disk on fire'));
console.log('never printed');
