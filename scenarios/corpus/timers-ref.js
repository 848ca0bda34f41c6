// ref() undoes unref(): the timer keeps the loop alive again and fires
setTimeout(() => console.log('short timer'), 1);
const t = setTimeout(() => console.log('re-ref timer fires'), 10);
t.unref();
console.log('hasRef:', t.hasRef());
t.ref();
console.log('hasRef:', t.hasRef());
const lonely = setInterval(() => console.log('unref interval (never fires)'), 1000);
lonely.unref();
process.on('exit', () => console.log('exit'));
