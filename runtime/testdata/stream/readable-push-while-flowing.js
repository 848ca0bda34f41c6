// A push from outside _read while the stream flows with an empty buffer emits 'data' synchronously.
const { Readable } = require('stream');
const r = new Readable({ objectMode: true, read() {} });
r.on('data', (c) => console.log('data', c));
r.on('end', () => console.log('end'));
r.on('close', () => console.log('close'));
setTimeout(() => {
  console.log('before push 1');
  r.push(1);
  console.log('after push 1');
  r.push(2);
  process.nextTick(() => console.log('tick'));
  r.push(null);
  console.log('after push null');
}, 10);
