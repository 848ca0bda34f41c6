process.on('unhandledRejection', () => console.log('unhandledRejection'));
process.on('rejectionHandled', () => console.log('rejectionHandled'));
const p = Promise.reject(new Error('x'));
setTimeout(() => {
  p.catch(() => console.log('caught at last'));
}, 0);
