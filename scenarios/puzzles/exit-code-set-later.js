process.exitCode = 3;
process.on('exit', (code) => console.log('exiting with ' + code));
setTimeout(() => {
  console.log('timer still runs');
  process.exitCode = 4;
}, 0);
