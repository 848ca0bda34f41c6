// Promise.any with every member rejected and no catch: the process dies of an unhandled AggregateError
process.on('exit', code => console.log('exit code', code));
Promise.any([
  Promise.reject(new Error('first')),
  Promise.reject(new Error('second')),
]);
Promise.resolve().then(() => console.log('microtasks still run before the crash'));
