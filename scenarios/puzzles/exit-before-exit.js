let rounds = 0;
process.on('beforeExit', () => {
  rounds++;
  console.log('beforeExit ' + rounds);
  if (rounds < 2) setTimeout(() => console.log('more work'), 0);
});
process.on('exit', () => console.log('exit'));
console.log('main');
