// A listener that should not hold up emit() defers its work with setImmediate; the emitter's caller goes on at once
const EventEmitter = require('events');
const signups = new EventEmitter();
signups.on('user', (name) => {
  console.log('audit log for', name, '(synchronous)');
});
signups.on('user', (name) => {
  setImmediate(() => console.log('welcome email for', name, '(deferred to the check phase)'));
});
signups.emit('user', 'ada');
console.log('the caller goes on before the email');
