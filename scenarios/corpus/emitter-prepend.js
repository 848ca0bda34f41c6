// prependListener and prependOnceListener put a listener before the existing ones
const EventEmitter = require('events');
const e = new EventEmitter();
e.on('go', () => console.log('added 1st with on'));
e.on('go', () => console.log('added 2nd with on'));
e.prependListener('go', () => console.log('prepended (runs first)'));
e.prependOnceListener('go', () => console.log('prepended once (runs before all, only once)'));
e.emit('go');
console.log('--- second emit');
e.emit('go');
