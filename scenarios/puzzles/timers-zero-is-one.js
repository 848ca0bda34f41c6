setTimeout(() => console.log('ten'), 10);
setTimeout(() => console.log('one'), 1);
setTimeout(() => console.log('zero'), 0);
