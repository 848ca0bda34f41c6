// readableFlowing: null, then true (on data), false (pause), true (resume).
const { Readable } = require('stream');
const r = new Readable({ read() {} });
console.log('initial', r.readableFlowing);
const onData = (c) => console.log('data', String(c));
r.on('data', onData);
console.log('after on(data)', r.readableFlowing);
r.pause();
console.log('after pause', r.readableFlowing);
r.push('x');
r.resume();
console.log('after resume', r.readableFlowing);
r.removeListener('data', onData);
console.log('after removeListener', r.readableFlowing);
setTimeout(() => {
  console.log('timer', r.readableFlowing, r.readableLength);
  r.push(null);
  r.on('end', () => console.log('end'));
}, 1);
