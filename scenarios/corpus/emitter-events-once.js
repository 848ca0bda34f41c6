// events.once returns a promise that resolves with the event's arguments as an array
const { once, EventEmitter } = require('events');
const e = new EventEmitter();
async function waitForData() {
  console.log('waiting for data');
  const args = await once(e, 'data');
  console.log('once resolved with', args);
}
waitForData();
setTimeout(() => {
  console.log('timer emits data');
  e.emit('data', 'payload', 2);
  console.log('emit returned; the await resumes in a microtask');
}, 5);
once(e, 'data').then(([x]) => console.log('second waiter got', x));
