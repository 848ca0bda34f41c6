const EventEmitter = require('events');
const e = new EventEmitter();
e.on('go', () => console.log('A'));
e.prependListener('go', () => console.log('B'));
e.once('go', () => console.log('C'));
e.emit('go');
console.log('--');
e.emit('go');
