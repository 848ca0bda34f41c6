// Recursive process.nextTick: the loop cannot reach its timers until the recursion stops (here after 5000 ticks)
let ticks = 0;
setTimeout(() => console.log('heartbeat timer runs only now, after', ticks, 'ticks'), 0);
function spin() {
  ticks++;
  if (ticks < 5000) process.nextTick(spin);
  else console.log('the nextTick recursion stops');
}
process.nextTick(spin);
const t = Date.now();
while (Date.now() - t < 2) {} // the 0 ms timer is surely due when the loop starts
