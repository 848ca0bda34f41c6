// an async listener runs synchronously up to its first await during emit; the rest runs later
const EventEmitter = require('events');
const e = new EventEmitter();
e.on('job', async id => {
  console.log('async listener start', id);
  await null;
  console.log('async listener after await', id);
});
e.on('job', id => console.log('sync listener', id));
e.emit('job', 1);
console.log('emit returned');
