// refresh() restarts a timer's countdown from now, keeping the same callback and delay
let t = null;
setTimeout(() => {
  console.log('at 40ms: refresh the 50ms timer');
  t.refresh();
}, 40);
t = setTimeout(() => console.log('refreshed timer fires (at ~40+50ms)'), 50);
setTimeout(() => console.log('60ms timer (would have come after the 50ms one)'), 60);
setTimeout(() => console.log('120ms timer'), 120);
console.log('refresh returns the timer:', t.refresh() === t);
