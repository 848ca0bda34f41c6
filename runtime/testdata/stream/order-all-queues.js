// Where stream events land among nextTicks, promises, timers and immediates, from a timer callback.
const { Readable, Writable } = require('stream');
setTimeout(() => {
  const log = (s) => console.log(s);
  const r = new Readable({ objectMode: true, read() {} });
  const w = new Writable({ objectMode: true, write(c, e, cb) { log('write ' + c); cb(); } });
  r.on('data', (c) => log('data ' + c));
  r.on('end', () => log('r end'));
  r.on('close', () => log('r close'));
  w.on('finish', () => log('w finish'));
  w.on('close', () => log('w close'));
  setImmediate(() => log('immediate'));
  setTimeout(() => log('timeout 0'), 0);
  Promise.resolve().then(() => log('promise'));
  process.nextTick(() => log('nextTick'));
  queueMicrotask(() => log('queueMicrotask'));
  r.push(1);
  r.push(null);
  w.write('x', () => log('write cb'));
  w.end();
  log('sync done');
}, 0);
