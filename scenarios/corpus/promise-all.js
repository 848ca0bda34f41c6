// Promise.all keeps input order, accepts plain values, and settles after its slowest member
const fast = new Promise(resolve => setTimeout(() => {
  console.log('fast timer fires');
  resolve('fast');
}, 5));
const slow = new Promise(resolve => setTimeout(() => {
  console.log('slow timer fires');
  resolve('slow');
}, 40));
Promise.all([slow, fast, 'plain', Promise.resolve('resolved')]).then(values => {
  console.log('all:', values);
});
Promise.all([]).then(v => console.log('all of empty array:', v));
console.log('main done');
