setTimeout(() => console.log('kept'), 10);
const gone = setTimeout(() => console.log('unrefd'), 1000);
gone.unref();
console.log('main done');
