// emit() is synchronous: listeners run in registration order before emit returns
const EventEmitter = require('events');
const bus = new EventEmitter();
bus.on('greet', name => console.log('listener 1: hello', name));
bus.on('greet', name => console.log('listener 2: hi', name));
process.nextTick(() => console.log('nextTick runs after everything above'));
console.log('before emit');
const had = bus.emit('greet', 'ada');
console.log('after emit, returned', had);
console.log('emit with no listeners returns', bus.emit('nobody-listens'));
