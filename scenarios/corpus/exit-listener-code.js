// exit listeners run in registration order with the exit code, once the loop has nothing left to do
process.on('exit', code => console.log('exit listener 1, code', code));
process.on('exit', code => console.log('exit listener 2, process.exitCode', process.exitCode));
setImmediate(() => {
  console.log('immediate');
  setTimeout(() => console.log('timer set by the immediate'), 1);
});
console.log('main done');
