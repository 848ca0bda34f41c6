// async1/async2 variant: async2 returns a promise, so async1 resumes two ticks later than usual
async function async1() {
  console.log('async1 start');
  await async2();
  console.log('async1 end');
}
async function async2() {
  console.log('async2');
  return Promise.resolve();
}
console.log('script start');
async1();
new Promise(function (resolve) {
  console.log('promise1');
  resolve();
})
  .then(() => console.log('promise2'))
  .then(() => console.log('promise3'))
  .then(() => console.log('promise4'))
  .then(() => console.log('promise5'));
console.log('script end');
