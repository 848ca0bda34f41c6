// a throw inside a timer callback ends the process; later timers never run
setTimeout(() => console.log('first timer runs'), 1);
setTimeout(() => {
  throw new RangeError('timer failed');
}, 5);
setTimeout(() => console.log('third timer never runs'), 10);
process.on('exit', code => console.log('exit', code));
