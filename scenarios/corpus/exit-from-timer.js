// process.exit inside a timer: the rest of the current callback and all pending work are skipped
setTimeout(() => {
  console.log('timer 1 calls process.exit()');
  process.nextTick(() => console.log('tick never runs'));
  process.exitCode = 4;
  process.exit();
}, 1);
setTimeout(() => console.log('timer 2 never runs'), 1);
process.on('exit', code => console.log('exit code', code));
