// with an unhandledRejection listener, a late .catch later fires rejectionHandled
process.on('unhandledRejection', (reason) => console.log('unhandledRejection:', reason.message));
process.on('rejectionHandled', (promise) => console.log('rejectionHandled:', promise instanceof Promise));
const p = Promise.reject(new Error('late'));
setTimeout(() => {
  console.log('timer attaches catch');
  p.catch(err => console.log('catch handler:', err.message));
}, 1);
