// timers/promises setTimeout resolves with the given value after the delay
const { setTimeout: sleep } = require('timers/promises');
async function main() {
  console.log('sleeping');
  const v = await sleep(10, 'woke up');
  console.log('sleep resolved with', v);
  const [a, b] = await Promise.all([sleep(20, 'slow'), sleep(5, 'fast')]);
  console.log('both done:', a, b);
  console.log('no value gives', await sleep(1));
}
main();
setTimeout(() => console.log('callback timer at 15ms'), 15);
