// Node reads the file top to bottom, hands each async call to the loop, and calls back from several queues, not one
const fs = require('fs');
console.log('1. first line of the file');
setTimeout(() => console.log('4. timer (10 ms) from the timers queue'), 10);
setImmediate(() => console.log('6. immediate from the check queue, last'));
fs.stat(__filename, () => console.log('5. stat result from the poll phase'));
Promise.resolve().then(() => console.log('3. promise reaction from the microtask queue'));
console.log('2. last line of the file');
const t = Date.now();
while (Date.now() - t < 20) {} // keep the thread busy so the timer is due before the loop starts
