process.on('exit', (code) => console.log('exit code ' + code));
setTimeout(() => console.log('never'), 1000);
setImmediate(() => {
  console.log('immediate');
  null.boom;
});
