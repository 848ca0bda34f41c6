// A host name that does not resolve: the lookup fails with ENOTFOUND, emitted as 'lookup' and then 'error'
const net = require('net');
const c = net.connect(80, 'no-such-host.invalid');
c.on('lookup', (err) => console.log('lookup:', err.code, err.hostname));
c.on('error', (err) => console.log('error:', err.message, err.code, err.syscall));
c.on('close', (hadError) => console.log('close, hadError =', hadError));
