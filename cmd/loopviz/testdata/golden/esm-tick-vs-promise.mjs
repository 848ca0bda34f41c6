// an ES module entry: read on the threadpool, evaluated from a promise job in the poll phase
import { helper } from './modules/esm-helper.mjs';
process.nextTick(() => console.log('nextTick'));
Promise.resolve().then(() => console.log('promise reaction'));
setTimeout(() => console.log('timeout 0'), 0);
setImmediate(() => console.log('immediate'));
console.log(helper());
await null;
console.log('after top-level await');
