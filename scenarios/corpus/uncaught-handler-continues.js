// with an uncaughtException listener a throw is reported and the program keeps running
process.on('uncaughtException', (err, origin) => {
  console.log('uncaughtException:', err.message, '| origin:', origin);
});
setTimeout(() => {
  console.log('timer 1 throws');
  throw new Error('timer 1 failed');
}, 1);
setTimeout(() => console.log('timer 2 still runs'), 20);
setTimeout(() => {
  queueMicrotask(() => {
    throw new Error('microtask failed');
  });
  Promise.resolve().then(() => console.log('promise after the failed microtask'));
}, 40);
process.on('exit', code => console.log('exit', code));
