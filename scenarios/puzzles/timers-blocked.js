const start = Date.now();
setTimeout(() => console.log('timer after ' + (Date.now() - start >= 50 ? '50ms or more' : 'less')), 10);
while (Date.now() - start < 50) {}
console.log('busy loop done');
setTimeout(() => console.log('second timer'), 0);
