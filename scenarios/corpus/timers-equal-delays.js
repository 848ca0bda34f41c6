// timers with equal delays run in creation order, all in one timers phase; 0 and 1 share a list
setTimeout(() => console.log('timer D (0ms)'), 0);
setTimeout(() => console.log('timer E (1ms)'), 1);
setTimeout(() => console.log('timer F (0ms again)'), 0);
setTimeout(() => console.log('timer A (10ms)'), 10);
setTimeout(() => console.log('timer B (10ms)'), 10);
setTimeout(() => console.log('timer C (10ms)'), 10);
console.log('main done');
