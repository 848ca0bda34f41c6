// Adding a listener per request without removing it leaks: node warns at the 11th listener for one event
const EventEmitter = require('events');
const bus = new EventEmitter();
function handleRequest(id) {
  bus.on('config-changed', () => {}); // a new listener every request, never removed
}
for (let id = 1; id <= 12; id++) handleRequest(id);
console.log('listeners for config-changed:', bus.listenerCount('config-changed'));
