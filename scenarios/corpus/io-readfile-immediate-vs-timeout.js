// inside an I/O callback, setImmediate always beats setTimeout(0): the check phase comes right after poll
const fs = require('fs');
fs.readFile(__filename, () => {
  setTimeout(() => console.log('timeout'), 0);
  setImmediate(() => console.log('immediate'));
  process.nextTick(() => console.log('nextTick inside the readFile callback'));
});
