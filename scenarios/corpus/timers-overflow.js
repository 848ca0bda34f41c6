// a delay of 2**31 overflows: node warns on stderr (TimeoutOverflowWarning) and uses 1ms instead
setTimeout(() => console.log('huge delay ran after ~1ms'), 2 ** 31);
setTimeout(() => console.log('10ms timer'), 10);
setTimeout(() => console.log('max delay 2**31-1 never fires, unref so it does not block exit'), 2 ** 31 - 1).unref();
console.log('main done');
