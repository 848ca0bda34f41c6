// a self-scheduling promise loop starves the event loop just like nextTick (bounded at 10000)
let count = 0;
function spin() {
  count++;
  if (count < 10000) Promise.resolve().then(spin);
  else console.log('promise loop stopped at', count);
}
setTimeout(() => console.log('setTimeout 0 runs after the loop, count =', count), 0);
setImmediate(() => console.log('setImmediate runs after the loop, count =', count));
process.nextTick(() => console.log('nextTick queued first runs before the promise loop'));
Promise.resolve().then(spin);
// busy-wait 2ms so the 0ms timer is surely due in the first timers phase (no main-module race)
const t0 = Date.now();
while (Date.now() - t0 < 2) {}
console.log('main done');
