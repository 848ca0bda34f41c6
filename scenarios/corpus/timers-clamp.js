// delays outside [1, 2^31-1] (0, negative, NaN, non-numeric) become 1, so these all share the 1ms list
setTimeout(() => console.log('delay 1'), 1);
setTimeout(() => console.log('delay 0'), 0);
setTimeout(() => console.log('delay -5'), -5);
setTimeout(() => console.log("delay 'abc'"), 'abc');
setTimeout(() => console.log('delay NaN'), NaN);
setTimeout(() => console.log('delay undefined'));
setTimeout(() => console.log("delay '3' (string, coerced to 3)"), '3');
setTimeout(() => console.log('delay 5'), 5);
