// recursive process.nextTick starves timers and immediates until it stops (bounded at 10000)
let count = 0;
function spin() {
  count++;
  if (count < 10000) process.nextTick(spin);
  else console.log('nextTick recursion stopped at', count);
}
setTimeout(() => console.log('setTimeout 0 finally runs, count =', count), 0);
setImmediate(() => console.log('setImmediate finally runs, count =', count));
process.nextTick(spin);
// busy-wait 2ms so the 0ms timer is surely due in the first timers phase (no main-module race)
const t0 = Date.now();
while (Date.now() - t0 < 2) {}
console.log('main done');
