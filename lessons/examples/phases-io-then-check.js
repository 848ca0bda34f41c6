// Inside an I/O callback (poll phase) setImmediate always beats setTimeout 0: check comes before the next timers phase
const fs = require('fs');
fs.stat(__filename, () => {
  console.log('poll: stat callback');
  setTimeout(() => console.log('timers: setTimeout 0, next iteration'), 0);
  setImmediate(() => console.log('check: setImmediate, same iteration'));
  process.nextTick(() => console.log('nextTick: right after the callback'));
});
