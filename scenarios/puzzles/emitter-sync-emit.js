const EventEmitter = require('events');
const bus = new EventEmitter();
bus.on('ping', () => console.log('listener'));
console.log('before emit');
bus.emit('ping');
console.log('after emit');
