// emit() calls every listener synchronously, in the order they were added, before the line after emit runs
const EventEmitter = require('events');
const payments = new EventEmitter();
payments.on('paid', (order) => console.log('  listener 1: email receipt for', order.id));
payments.on('paid', (order) => console.log('  listener 2: update stock for', order.id));
payments.once('paid', () => console.log('  listener 3 (once): first payment of the day'));
console.log('emit paid #1');
payments.emit('paid', { id: 1 });
console.log('emit returned');
console.log('emit paid #2');
payments.emit('paid', { id: 2 });
console.log('listeners left:', payments.listenerCount('paid'));
