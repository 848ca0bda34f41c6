// removing a listener during emit does not stop that emit from calling it; the next emit skips it
const EventEmitter = require('events');
const e = new EventEmitter();
function second() {
  console.log('second listener');
}
e.on('tick', () => {
  console.log('first listener removes second');
  e.off('tick', second);
});
e.on('tick', second);
e.on('tick', () => console.log('third listener'));
e.emit('tick');
console.log('--- emit again');
e.emit('tick');
