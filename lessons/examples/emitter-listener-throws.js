// If a listener throws, the listeners after it do not run and the error reaches the code that called emit()
const EventEmitter = require('events');
const orders = new EventEmitter();
orders.on('placed', () => console.log('listener 1 runs'));
orders.on('placed', () => { throw new Error('listener 2 failed'); });
orders.on('placed', () => console.log('listener 3 runs'));
try {
  orders.emit('placed');
} catch (err) {
  console.log('emit threw:', err.message);
}
console.log('listener 3 never ran for that emit');
