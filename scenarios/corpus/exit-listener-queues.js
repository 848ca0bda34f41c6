// inside an exit listener, promise reactions still run but nextTicks, timers and immediates do not
process.on('exit', code => {
  console.log('exit listener start, code', code);
  Promise.resolve().then(() => console.log('promise reaction from exit listener runs'));
  queueMicrotask(() => console.log('queueMicrotask from exit listener runs'));
  process.nextTick(() => console.log('nextTick from exit listener (never runs)'));
  setTimeout(() => console.log('timer from exit listener (never runs)'), 0);
  setImmediate(() => console.log('immediate from exit listener (never runs)'));
  console.log('exit listener end');
});
process.on('exit', () => console.log('second exit listener'));
console.log('main done');
