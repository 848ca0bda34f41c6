// An ECONNREFUSED 'error' with no listener is an uncaught exception: the process prints it and exits with 1
const net = require('net');
process.on('exit', (code) => console.log('exit', code));
const c = net.connect(1, '127.0.0.1');
c.on('close', () => console.log('never: the process is gone'));
console.log('connecting');
