// import() of a module not loaded yet: read on the threadpool, evaluated from a promise job, and the promise settles some microtasks later
setImmediate(() => console.log('immediate: before the module is even read'));
import('./modules/esm-chain.mjs').then(() => console.log('import() resolved'));
console.log('top level done');
process.nextTick(() => console.log('nextTick'));
