// read() returns buffered data synchronously; a 'data' listener then takes over; pause() stops sync 'data' emission.
const { Readable } = require('stream');
const r = new Readable({ read() {} });
r.push('a');
console.log('read ->', String(r.read()));
r.on('data', (d) => console.log('data', String(d)));
r.push('b');
console.log('pushed b');
r.pause();
r.push('c');
console.log('read after pause ->', String(r.read()));
