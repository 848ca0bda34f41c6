// an async loop that only awaits resolved values never yields to timers (bounded at 5000)
let timerRan = false;
setTimeout(() => {
  timerRan = true;
  console.log('timer runs after the async loop');
}, 0);
async function busy() {
  let i = 0;
  while (i < 5000) {
    await null;
    i++;
  }
  console.log('async loop done after', i, 'awaits; timer ran meanwhile:', timerRan);
}
busy();
