process.on('uncaughtException', (err) => console.log('handler: ' + err.message));
setTimeout(() => {
  console.log('timer 1');
  throw new Error('oops');
}, 10);
setTimeout(() => console.log('timer 2'), 20);
console.log('main');
