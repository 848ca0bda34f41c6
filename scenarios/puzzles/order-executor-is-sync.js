console.log('one');
const p = new Promise((resolve) => {
  console.log('two');
  resolve();
  console.log('three');
});
p.then(() => console.log('five'));
console.log('four');
