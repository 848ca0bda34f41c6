// with an unhandledRejection listener the process reports the rejection and keeps going
process.on('unhandledRejection', (reason, promise) => {
  console.log('unhandledRejection:', reason.message, promise instanceof Promise);
});
Promise.reject(new Error('first'));
async function fails() {
  throw new Error('from async function');
}
fails();
setTimeout(() => console.log('timer still runs'), 0);
process.on('exit', code => console.log('exit code', code));
