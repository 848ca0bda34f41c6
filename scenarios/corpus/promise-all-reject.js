// Promise.all rejects with the first rejection; the other members still settle later
const failing = new Promise((_, reject) => setTimeout(() => {
  console.log('failing member rejects');
  reject(new Error('member failed'));
}, 5));
const late = new Promise(resolve => setTimeout(() => {
  console.log('late member resolves anyway');
  resolve('late');
}, 40));
Promise.all([late, failing, Promise.resolve(1)])
  .then(v => console.log('never:', v))
  .catch(err => console.log('all rejected:', err.message));
