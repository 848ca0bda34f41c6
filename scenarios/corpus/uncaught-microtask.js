// a throw inside queueMicrotask is an uncaught exception (not a rejection) and ends the process
queueMicrotask(() => {
  console.log('microtask 1');
  throw new Error('microtask failed');
});
queueMicrotask(() => console.log('microtask 2'));
process.on('unhandledRejection', () => console.log('not a rejection, never printed'));
process.on('exit', code => console.log('exit', code));
