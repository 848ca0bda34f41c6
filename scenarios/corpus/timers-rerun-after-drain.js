// A timer armed by the microtasks after the phase's last timer refreshes libuv's clock; once that clock has passed the next list's due time, the timers run again in the same phase, before the check phase
// loopviz: racy
let n = 0;
const h = setInterval(() => {
  console.log('interval', n);
  if (++n === 2) clearInterval(h);
  if (n === 1) {
    const t = Date.now();
    while (Date.now() - t < 5) {}
    Promise.resolve().then(() => setTimeout(() => console.log('timeout'), 0));
    setImmediate(() => console.log('immediate'));
  }
}, 1);
setTimeout(() => {
  // The same without a timer armed in the microtasks: the immediate runs first.
  let m = 0;
  const h2 = setInterval(() => {
    console.log('second interval', m);
    if (++m === 2) clearInterval(h2);
    if (m === 1) {
      const t = Date.now();
      while (Date.now() - t < 5) {}
      Promise.resolve().then(() => console.log('microtask'));
      setImmediate(() => console.log('second immediate'));
    }
  }, 1);
}, 30);
