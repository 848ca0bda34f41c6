// an import cycle: modules evaluate depth-first, post-order; a hoisted function works early, a const does not
import { a } from './modules/esm-cycle-a.mjs';
import { b } from './modules/esm-cycle-b.mjs';
console.log('main evaluates last:', a, b);
process.nextTick(() => console.log('nextTick'));
Promise.resolve().then(() => console.log('promise reaction'));
