// push() after push(null) is an error (ERR_STREAM_PUSH_AFTER_EOF), and the stream is destroyed.
const { Readable } = require('stream');
const r = new Readable({ read() {} });
r.push('a');
r.push(null);
r.on('error', (e) => console.log('error', e.code, e.message));
r.on('close', () => console.log('close'));
r.on('data', (c) => console.log('data', String(c)));
r.on('end', () => console.log('end'));
const ret = r.push('b');
console.log('push returned', ret, 'destroyed', r.destroyed);
