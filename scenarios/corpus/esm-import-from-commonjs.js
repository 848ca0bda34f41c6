// a CommonJS program can import() an ES module: the loader reads it asynchronously, so the first immediate comes first
setImmediate(() => console.log('immediate'));
process.nextTick(() => console.log('nextTick'));
import('./modules/esm-chain.mjs').then((ns) => console.log('import() resolved:', Object.keys(ns)));
Promise.resolve().then(() => console.log('promise reaction'));
console.log('top level done, typeof require:', typeof require);
