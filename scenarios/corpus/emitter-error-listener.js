// with an 'error' listener, emitting 'error' is just another synchronous event
const EventEmitter = require('events');
const e = new EventEmitter();
e.on('error', err => console.log('handled error:', err.message));
console.log('emit returned', e.emit('error', new Error('recoverable')));
e.once('error', err => console.log('once error listener too:', err.message));
e.emit('error', new Error('second'));
console.log('still running');
