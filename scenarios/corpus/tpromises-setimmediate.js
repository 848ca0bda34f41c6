// timers/promises setImmediate resolves in the check phase, after nextTicks and microtasks
const { setImmediate: nextImmediate } = require('timers/promises');
nextImmediate('immediate value').then(v => console.log('resolved with', v));
setImmediate(() => console.log('callback immediate queued second'));
process.nextTick(() => console.log('nextTick'));
Promise.resolve().then(() => console.log('promise'));
(async () => {
  for (let i = 1; i <= 2; i++) {
    await nextImmediate();
    console.log('async loop iteration', i);
  }
})();
