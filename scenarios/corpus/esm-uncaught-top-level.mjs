// an exception at an ES module's top level: uncaughtException listeners see it first
process.on('uncaughtException', (e) => console.log('uncaughtException:', e.message));
Promise.resolve().then(() => console.log('promise reaction still runs'));
process.nextTick(() => console.log('nextTick still runs'));
setTimeout(() => console.log('the loop goes on'), 0);
console.log('before the throw');
throw new Error('thrown at the top level');
