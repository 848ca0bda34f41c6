// recursive setImmediate does not starve timers: each iteration reaches the timers phase
let count = 0;
let timerFired = false;
function spin() {
  count++;
  if (!timerFired && count < 100000) setImmediate(spin);
  else console.log('immediate recursion stopped; timer fired:', timerFired);
}
setTimeout(() => {
  timerFired = true;
  console.log('timer fired while immediates kept coming');
}, 2);
setImmediate(spin);
