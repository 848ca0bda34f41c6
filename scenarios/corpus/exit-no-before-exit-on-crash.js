// beforeExit is not emitted when the process dies from an uncaught exception; exit is
process.on('beforeExit', () => console.log('beforeExit (never printed)'));
process.on('exit', code => console.log('exit, code', code));
setImmediate(() => {
  console.log('immediate throws');
  throw new Error('crash in immediate');
});
