// an unhandled rejection at the top level against a nextTick and a promise reaction: CommonJS (its ES module twin: esm-rejection-vs-tick.mjs)
process.on('unhandledRejection', (e) => console.log('unhandledRejection:', e.message));
Promise.reject(new Error('nobody catches this'));
process.nextTick(() => console.log('nextTick'));
Promise.resolve().then(() => console.log('promise reaction'));
console.log('top level done');
