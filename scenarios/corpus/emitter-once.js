// a once() listener runs on the first emit only and is removed before it is called
const EventEmitter = require('events');
const e = new EventEmitter();
e.once('ping', n => {
  console.log('once listener got', n, '- listeners left:', e.listenerCount('ping'));
});
e.on('ping', n => console.log('on listener got', n));
e.emit('ping', 1);
e.emit('ping', 2);
console.log('count at end:', e.listenerCount('ping'));
