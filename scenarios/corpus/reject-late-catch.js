// a .catch attached in a setTimeout is too late: the rejection already crashed the process
const p = Promise.reject(new Error('caught too late'));
setTimeout(() => {
  console.log('attaching catch (never reached)');
  p.catch(err => console.log('caught:', err.message));
}, 0);
console.log('main done');
