// a .catch attached in a nextTick or a microtask is in time: no unhandled rejection
const a = Promise.reject(new Error('a'));
const b = Promise.reject(new Error('b'));
process.nextTick(() => {
  a.catch(err => console.log('caught in tick-attached handler:', err.message));
});
Promise.resolve().then(() => {
  b.catch(err => console.log('caught in microtask-attached handler:', err.message));
});
process.on('exit', code => console.log('exit code', code));
