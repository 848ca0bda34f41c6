// The same recursion with setImmediate: each turn goes back through the loop, so the timer runs early on
let turns = 0;
setTimeout(() => console.log('heartbeat timer ran after', turns, 'turn(s)'), 0);
function spin() {
  turns++;
  if (turns < 5000) setImmediate(spin);
  else console.log('the setImmediate recursion stops');
}
setImmediate(spin);
const t = Date.now();
while (Date.now() - t < 2) {} // the 0 ms timer is surely due when the loop starts
