// inside a timer callback, setImmediate always beats setTimeout(0): check comes before the next timers phase
setTimeout(() => {
  setTimeout(() => console.log('timeout (next iteration)'), 0);
  setImmediate(() => console.log('immediate (check phase of this iteration)'));
  console.log('in timer callback');
}, 0);
