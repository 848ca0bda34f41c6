// a fractional delay such as 1.7 is truncated to pick its list: it joins the 1ms list in creation order
setTimeout(() => console.log('delay 1.7 (created first)'), 1.7);
setTimeout(() => console.log('delay 1'), 1);
setTimeout(() => console.log('delay 0 (clamped to 1)'), 0);
setTimeout(() => console.log('delay 1.9'), 1.9);
setTimeout(() => console.log('delay 20'), 20);
const t = setTimeout(() => {}, 1.7);
console.log('timer._idleTimeout of 1.7:', t._idleTimeout);
clearTimeout(t);
