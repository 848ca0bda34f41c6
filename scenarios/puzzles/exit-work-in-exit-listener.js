process.on('exit', () => {
  console.log('exit listener');
  setTimeout(() => console.log('timer in exit'), 0);
  process.nextTick(() => console.log('tick in exit'));
  Promise.resolve().then(() => console.log('promise in exit'));
});
console.log('main');
