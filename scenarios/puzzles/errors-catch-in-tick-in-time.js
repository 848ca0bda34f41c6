const p = Promise.reject(new Error('late'));
process.on('unhandledRejection', () => console.log('unhandled!'));
process.nextTick(() => {
  p.catch((e) => console.log('caught ' + e.message));
});
console.log('main done');
