// timers run in order of expiry, not in order of creation
setTimeout(() => console.log('timer 120ms'), 120);
setTimeout(() => console.log('timer 5ms'), 5);
setTimeout(() => console.log('timer 60ms'), 60);
setTimeout(() => {
  console.log('timer 20ms schedules a 5ms timer');
  setTimeout(() => console.log('nested timer (20+5ms)'), 5);
}, 20);
console.log('main done');
