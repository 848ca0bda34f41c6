// http.get to a closed port: the request emits 'error' (ECONNREFUSED) and then 'close'; no 'response'
const http = require('http');
const req = http.get('http://127.0.0.1:1/nothing', () => console.log('never a response'));
req.on('socket', () => console.log('socket assigned'));
req.on('error', (err) => console.log('error:', err.message, err.code));
req.on('close', () => console.log('close'));
process.nextTick(() => console.log('nextTick'));
