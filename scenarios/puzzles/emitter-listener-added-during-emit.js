const EventEmitter = require('events');
const e = new EventEmitter();
e.on('x', () => {
  console.log('first');
  e.on('x', () => console.log('late'));
});
e.on('x', () => console.log('second'));
e.emit('x');
console.log('--');
e.emit('x');
