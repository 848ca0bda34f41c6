// setInterval repeats until clearInterval; each run drains its ticks before the next timer
let runs = 0;
const iv = setInterval(() => {
  runs++;
  console.log('interval run', runs);
  process.nextTick(() => console.log('  tick after run', runs));
  if (runs === 3) {
    clearInterval(iv);
    console.log('interval cleared');
  }
}, 10);
setTimeout(() => console.log('timer at 100ms, long after the interval stopped'), 100);
