// with no unhandledRejection listener, an unhandled rejection reaches uncaughtException with origin 'unhandledRejection'
process.on('uncaughtException', (err, origin) => {
  console.log('uncaughtException:', err.message, '| origin:', origin);
});
Promise.reject(new Error('rejected'));
setTimeout(() => console.log('timer still runs'), 0);
process.on('exit', code => console.log('exit', code));
