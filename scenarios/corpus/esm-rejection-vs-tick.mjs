// an unhandled rejection at the top level against a nextTick and a promise reaction: ES module (its CommonJS twin: esm-rejection-vs-tick.js)
process.on('unhandledRejection', (e) => console.log('unhandledRejection:', e.message));
Promise.reject(new Error('nobody catches this'));
process.nextTick(() => console.log('nextTick'));
Promise.resolve().then(() => console.log('promise reaction'));
console.log('top level done');
