// the Promise executor runs synchronously; only the first resolve/reject counts
console.log('before new Promise');
const p = new Promise((resolve, reject) => {
  console.log('executor runs now');
  resolve('first');
  resolve('second (ignored)');
  reject(new Error('ignored too'));
  console.log('executor keeps running after resolve');
});
p.then(v => console.log('then got', v));
console.log('after new Promise');
