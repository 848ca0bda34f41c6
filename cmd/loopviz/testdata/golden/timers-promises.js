const { setTimeout: sleep } = require('timers/promises');
(async () => {
  console.log('waiting');
  const v = await sleep(20, 'done');
  console.log(v);
})();
